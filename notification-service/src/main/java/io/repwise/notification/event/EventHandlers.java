package io.repwise.notification.event;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.repwise.common.event.EventEnvelope;
import io.repwise.notification.email.EmailOutbox;
import io.repwise.notification.feed.NewNotification;
import io.repwise.notification.feed.NotificationStore;
import io.repwise.notification.feed.NotificationType;
import io.repwise.notification.preference.Channel;
import io.repwise.notification.preference.PreferenceStore;
import io.repwise.notification.reminder.ReminderStore;

/**
 * What each event does, inside the transaction that records the event as processed: a
 * redelivered event never gets here, so nothing happens twice.
 */
@Component
class EventHandlers {

	private final NotificationStore notifications;

	private final PreferenceStore preferences;

	private final EmailOutbox emails;

	private final ReminderStore reminders;

	private final NamedParameterJdbcTemplate jdbc;

	EventHandlers(NotificationStore notifications, PreferenceStore preferences, EmailOutbox emails,
			ReminderStore reminders, NamedParameterJdbcTemplate jdbc) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.emails = emails;
		this.reminders = reminders;
		this.jdbc = jdbc;
	}

	/** The workout's start (else when the event happened) and the streak, for "streak at risk". */
	private void recordWorkout(EventEnvelope event) {
		Instant startedAt = event.occurredAt();
		if (event.payload().get("startedAt") instanceof String text) {
			try {
				startedAt = Instant.parse(text);
			}
			catch (DateTimeParseException ex) {
				// keep occurredAt
			}
		}
		int streak = (event.payload().get("weekStreak") instanceof Number number) ? number.intValue() : 1;
		this.reminders.recordWorkout(event.subject(), startedAt, streak);
	}

	void handle(EventEnvelope event) {
		UUID user = event.subject();
		Map<String, Object> payload = event.payload();
		switch (event.type()) {
			case "UserRegistered" -> {
				rememberRecipient(user, payload);
				notify(event, NotificationType.WELCOME, Messages.welcome(payload));
			}
			case "WorkoutCompleted" -> {
				recordWorkout(event);
				notify(event, NotificationType.WORKOUT_SUMMARY, Messages.workoutSummary(payload));
			}
			case "PersonalRecordAchieved" -> notify(event, NotificationType.PERSONAL_RECORD, Messages.personalRecord(payload));
			case "UserDeleted" -> erase(user);
			default -> {
				// Known types only reach here (EventIntake filters the rest).
			}
		}
	}

	private void notify(EventEnvelope event, NotificationType type, Messages.Message message) {
		if (this.preferences.isEnabled(event.subject(), type, Channel.IN_APP)) {
			this.notifications.add(new NewNotification(event.subject(), type, message.title(), message.body(),
					event.payload(), event.id()));
		}
		this.emails.queue(event.subject(), type, message.title(), message.body(), event.id());
	}

	/** The address and name email will use; a re-registration with the same id updates them. */
	private void rememberRecipient(UUID user, Map<String, Object> payload) {
		if (payload.get("email") instanceof String email) {
			Object name = payload.get("displayName");
			this.jdbc.update("""
					INSERT INTO recipient (user_id, email, display_name) VALUES (:user, :email, :name)
					ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name,
					    updated_at = now()""",
					new MapSqlParameterSource("user", user).addValue("email", email)
						.addValue("name", (name instanceof String text) ? text : ""));
		}
	}

	/** UserDeleted: everything held for the user goes. */
	private void erase(UUID user) {
		this.notifications.eraseUser(user);
		this.preferences.eraseUser(user);
		this.emails.eraseUser(user);
		this.reminders.eraseUser(user);
		this.jdbc.update("DELETE FROM recipient WHERE user_id = :user", new MapSqlParameterSource("user", user));
	}

}
