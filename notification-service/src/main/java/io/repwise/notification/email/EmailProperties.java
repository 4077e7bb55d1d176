package io.repwise.notification.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email delivery ({@code repwise.email.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} email is off.
 *
 * @param from the sender address
 * @param maxAttempts tries before a delivery is marked failed
 * @param firstRetry wait after the first failure; it doubles each time, up to {@code maxRetry}
 * @param pollInterval how often due emails are looked for
 */
@ConfigurationProperties("repwise.email")
public record EmailProperties(String from, Integer maxAttempts, Duration firstRetry, Duration maxRetry,
		Duration pollInterval) {

	public EmailProperties {
		from = (from != null) ? from : "Repwise <no-reply@repwise.local>";
		maxAttempts = (maxAttempts != null) ? maxAttempts : 5;
		firstRetry = (firstRetry != null) ? firstRetry : Duration.ofMinutes(1);
		maxRetry = (maxRetry != null) ? maxRetry : Duration.ofHours(1);
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(5);
	}

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failures. */
	Duration retryAfter(int attempt) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
