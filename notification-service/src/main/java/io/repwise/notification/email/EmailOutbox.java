package io.repwise.notification.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.repwise.notification.feed.NotificationType;
import io.repwise.notification.preference.Channel;
import io.repwise.notification.preference.PreferenceStore;

/**
 * Queues emails in the {@code email_delivery} table, in the transaction that handles the event,
 * honouring the user's preferences and quiet hours (a held email waits until they end).
 * {@link EmailSender} sends them. Without an SMTP server email is off, said once at start-up.
 */
@Component
public class EmailOutbox {

	private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final PreferenceStore preferences;

	private final Clock clock;

	private final boolean enabled;

	EmailOutbox(NamedParameterJdbcTemplate jdbc, PreferenceStore preferences, Clock clock,
			MailServer mail) {
		this.jdbc = jdbc;
		this.preferences = preferences;
		this.clock = clock;
		this.enabled = mail.sender().isPresent();
		if (!this.enabled) {
			log.info("Email is off: no SMTP server is configured (set SPRING_MAIL_HOST to turn it on). "
					+ "In-app notifications work as usual.");
		}
	}

	/** Queues an email for the user unless email is off, they turned it off, or no address is known. */
	public void queue(UUID user, NotificationType type, String subject, String text, UUID eventId) {
		if (!this.enabled || !this.preferences.isEnabled(user, type, Channel.EMAIL)) {
			return;
		}
		List<Recipient> recipients = this.jdbc.query(
				"SELECT email, display_name FROM recipient WHERE user_id = :user", new MapSqlParameterSource("user", user),
				(row, i) -> new Recipient(row.getString("email"), row.getString("display_name")));
		if (recipients.isEmpty()) {
			log.info("No email address known for user {}; {} email not sent", user, type);
			return;
		}
		Recipient recipient = recipients.get(0);
		Instant now = this.clock.instant();
		Instant sendAt = this.preferences.quietHours(user)
			.map((quiet) -> QuietHoursWindow.releaseAt(now, quiet.start(), quiet.end(), quiet.zone()))
			.orElse(now);
		this.jdbc.update("""
				INSERT INTO email_delivery (id, user_id, notification_type, recipient, subject, body, status,
				                            next_attempt_at, created_at, event_id)
				VALUES (:id, :user, :type, :recipient, :subject, :body, 'PENDING', :sendAt, :now, :event)""",
				new MapSqlParameterSource("id", UUID.randomUUID()).addValue("user", user)
					.addValue("type", type.name())
					.addValue("recipient", recipient.email())
					.addValue("subject", subject)
					.addValue("body", EmailTemplate.body(recipient.displayName(), text))
					.addValue("sendAt", Timestamp.from(sendAt))
					.addValue("now", Timestamp.from(now))
					.addValue("event", eventId));
	}

	/** Everything queued for a user, for UserDeleted. */
	public void eraseUser(UUID user) {
		this.jdbc.update("DELETE FROM email_delivery WHERE user_id = :user", new MapSqlParameterSource("user", user));
	}

	private record Recipient(String email, String displayName) {
	}

}
