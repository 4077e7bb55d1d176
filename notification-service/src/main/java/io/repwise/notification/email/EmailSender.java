package io.repwise.notification.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends due emails. Each replica claims a batch with {@code FOR UPDATE SKIP LOCKED} and a lease,
 * so two replicas never send the same email and a replica that dies mid-send leaves its claims
 * to be retried. A failed send is retried with doubling waits and marked failed after the last
 * try, where administrators see it.
 */
@Component
class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	/** How long a claimed email stays with the replica sending it. */
	static final Duration LEASE = Duration.ofMinutes(2);

	static final int BATCH = 20;

	private final NamedParameterJdbcTemplate jdbc;

	private final MailServer mail;

	private final EmailProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	private final TaskScheduler scheduler;

	EmailSender(NamedParameterJdbcTemplate jdbc, MailServer mail, EmailProperties properties,
			Clock clock, MeterRegistry meters, TaskScheduler scheduler) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.mail.sender().isPresent()) {
			this.scheduler.scheduleWithFixedDelay(this::sendDue, this.properties.pollInterval());
		}
	}

	/** Sends what is due now; returns how many were tried. */
	int sendDue() {
		JavaMailSender sender = this.mail.sender().orElse(null);
		if (sender == null) {
			return 0;
		}
		try {
			List<Claimed> claimed = claim();
			claimed.forEach((email) -> send(sender, email));
			return claimed.size();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for due emails: {}", ex.getMessage());
			return 0;
		}
	}

	private List<Claimed> claim() {
		Instant now = this.clock.instant();
		return this.jdbc.query("""
				UPDATE email_delivery SET next_attempt_at = :lease WHERE id IN (
				    SELECT id FROM email_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now
				    ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED)
				RETURNING id, recipient, subject, body, attempts""",
				new MapSqlParameterSource("now", Timestamp.from(now)).addValue("lease", Timestamp.from(now.plus(LEASE)))
					.addValue("batch", BATCH),
				(row, i) -> new Claimed(row.getObject("id", UUID.class), row.getString("recipient"),
						row.getString("subject"), row.getString("body"), row.getInt("attempts")));
	}

	private void send(JavaMailSender sender, Claimed email) {
		int attempt = email.attempts() + 1;
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", email.id()).addValue("attempts", attempt)
			.addValue("now", Timestamp.from(this.clock.instant()));
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.from());
			message.setTo(email.recipient());
			message.setSubject(email.subject());
			message.setText(email.body());
			sender.send(message);
			this.jdbc.update("UPDATE email_delivery SET status = 'SENT', attempts = :attempts, sent_at = :now, "
					+ "last_error = NULL WHERE id = :id", parameters);
			this.meters.counter("repwise.email.sent").increment();
		}
		catch (MailException ex) {
			String error = String.valueOf(ex.getMessage());
			parameters.addValue("error", error.substring(0, Math.min(500, error.length())));
			this.meters.counter("repwise.email.failed").increment();
			if (attempt >= this.properties.maxAttempts()) {
				this.jdbc.update("UPDATE email_delivery SET status = 'FAILED', attempts = :attempts, last_error = :error "
						+ "WHERE id = :id", parameters);
				log.warn("Gave up on email {} after {} attempts: {}", email.id(), attempt, error);
			}
			else {
				Duration wait = this.properties.retryAfter(attempt);
				parameters.addValue("next", Timestamp.from(this.clock.instant().plus(wait)));
				this.jdbc.update("UPDATE email_delivery SET attempts = :attempts, last_error = :error, "
						+ "next_attempt_at = :next WHERE id = :id", parameters);
				log.info("Email {} failed (attempt {}), retrying in {} s: {}", email.id(), attempt, wait.toSeconds(), error);
			}
		}
	}

	private record Claimed(UUID id, String recipient, String subject, String body, int attempts) {
	}

}
