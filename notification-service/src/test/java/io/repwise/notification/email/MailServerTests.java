package io.repwise.notification.email;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTests {

	@Test
	void aNamedHostTurnsEmailOn() {
		assertThat(mailServer(sender("smtp.example.com")).sender()).isPresent();
	}

	@Test
	void anEmptyHostAsComposePassesItOnLeavesEmailOff() {
		assertThat(mailServer(sender("")).sender()).isEmpty();
		assertThat(mailServer(sender(null)).sender()).isEmpty();
	}

	@Test
	void noSenderLeavesEmailOff() {
		assertThat(new MailServer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class)).sender()).isEmpty();
	}

	private static MailServer mailServer(JavaMailSender sender) {
		return new MailServer(new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class));
	}

	private static JavaMailSenderImpl sender(String host) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(host);
		return sender;
	}

}
