package io.repwise.notification.event;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.repwise.common.event.DomainEvent;
import io.repwise.common.event.EventEnvelope;
import io.repwise.common.event.PersonalRecordAchieved;
import io.repwise.common.event.UserDeleted;
import io.repwise.common.event.UserRegistered;
import io.repwise.common.event.WorkoutCompleted;
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

	/**
	 * What the event does; {@code payload} is its payload as its record, already read by
	 * {@link EventIntake}.
	 */
	void handle(EventEnvelope event, DomainEvent payload) {
		UUID user = event.subject();
		if (payload instanceof UserRegistered registered) {
			rememberRecipient(user, registered);
			notify(event, NotificationType.WELCOME, Messages.welcome(registered));
		}
		else if (payload instanceof WorkoutCompleted completed) {
			// The workout's start (else when the event happened) and the streak, for "streak at risk".
			Instant startedAt = (completed.startedAt() != null) ? completed.startedAt() : event.occurredAt();
			this.reminders.recordWorkout(user, startedAt, Math.max(1, completed.weekStreak()));
			notify(event, NotificationType.WORKOUT_SUMMARY, Messages.workoutSummary(completed));
		}
		else if (payload instanceof PersonalRecordAchieved record) {
			notify(event, NotificationType.PERSONAL_RECORD, Messages.personalRecord(record));
		}
		else if (payload instanceof UserDeleted) {
			erase(user);
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
	private void rememberRecipient(UUID user, UserRegistered registered) {
		if (registered.email() != null) {
			this.jdbc.update("""
					INSERT INTO recipient (user_id, email, display_name) VALUES (:user, :email, :name)
					ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name,
					    updated_at = now()""",
					new MapSqlParameterSource("user", user).addValue("email", registered.email())
						.addValue("name", (registered.displayName() != null) ? registered.displayName() : ""));
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
