package io.repwise.notification.email;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server email goes through, if one is named. Boot configures a mail sender whenever
 * {@code spring.mail.host} is set, even to an empty string, which is what docker compose passes
 * on for an unset {@code SPRING_MAIL_HOST}: an empty host means email is off, not a server at
 * localhost.
 */
@Component
class MailServer {

	private final JavaMailSender sender;

	MailServer(ObjectProvider<JavaMailSender> mail) {
		JavaMailSender configured = mail.getIfAvailable();
		boolean unnamed = configured instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost());
		this.sender = unnamed ? null : configured;
	}

	Optional<JavaMailSender> sender() {
		return Optional.ofNullable(this.sender);
	}

}
