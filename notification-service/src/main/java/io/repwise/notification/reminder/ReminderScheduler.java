package io.repwise.notification.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.repwise.notification.email.EmailOutbox;
import io.repwise.notification.feed.NewNotification;
import io.repwise.notification.feed.NotificationStore;
import io.repwise.notification.feed.NotificationType;
import io.repwise.notification.preference.Channel;
import io.repwise.notification.preference.PreferenceStore;
import io.repwise.notification.reminder.ReminderStore.Kind;
import io.repwise.notification.reminder.ReminderStore.Reminder;

/**
 * Fires due reminders. Each run locks the due rows with {@code FOR UPDATE SKIP LOCKED} and, in the
 * same transaction, sends the notification and moves {@code next_fire_at} on: however many
 * replicas run this, each due reminder fires once. A reminder missed while every replica was
 * down fires once on the way up, not once per missed day.
 */
@Component
public class ReminderScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

	static final int BATCH = 50;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final NotificationStore notifications;

	private final PreferenceStore preferences;

	private final EmailOutbox emails;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final Duration pollInterval;

	ReminderScheduler(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			NotificationStore notifications, PreferenceStore preferences, EmailOutbox emails, TaskScheduler scheduler,
			Clock clock, @Value("${repwise.reminders.poll-interval:30s}") Duration pollInterval) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.notifications = notifications;
		this.preferences = preferences;
		this.emails = emails;
		this.scheduler = scheduler;
		this.clock = clock;
		this.pollInterval = pollInterval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.scheduler.scheduleWithFixedDelay(() -> {
			try {
				fireDue(this.clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Could not fire due reminders: {}", ex.getMessage());
			}
		}, this.pollInterval);
	}

	/** Fires every reminder due at {@code now}; returns how many fired. */
	public int fireDue(Instant now) {
		Integer fired = this.transactions.execute((status) -> {
			List<Reminder> due = this.jdbc.query("""
					SELECT * FROM reminder WHERE enabled AND next_fire_at <= :now
					ORDER BY next_fire_at LIMIT :batch FOR UPDATE SKIP LOCKED""",
					new MapSqlParameterSource("now", Timestamp.from(now)).addValue("batch", BATCH), ReminderStore::reminder);
			for (Reminder reminder : due) {
				fire(reminder);
				Instant from = reminder.nextFireAt().isAfter(now) ? reminder.nextFireAt() : now;
				this.jdbc.update("UPDATE reminder SET last_fired_at = next_fire_at, next_fire_at = :next WHERE id = :id",
						new MapSqlParameterSource("id", reminder.id())
							.addValue("next", Timestamp.from(reminder.schedule().nextAfter(from))));
			}
			return due.size();
		});
		return (fired != null) ? fired : 0;
	}

	private void fire(Reminder reminder) {
		UUID user = reminder.userId();
		if (reminder.kind() == Kind.WORKOUT) {
			send(user, NotificationType.WORKOUT_REMINDER, "Time to train",
					"Your " + reminder.schedule().time() + " workout reminder: open Repwise to start today's session.",
					reminder);
			return;
		}
		Integer streak = streakAtRisk(user, reminder);
		if (streak != null) {
			send(user, NotificationType.STREAK_AT_RISK, "Your " + streak + "-week streak is at risk",
					"No workout yet this week. One session before Sunday night keeps it going.", reminder);
		}
	}

	/**
	 * The streak in weeks if it is alive (a workout last week) but this week (Monday to Sunday,
	 * the user's zone) has none yet; {@code null} otherwise.
	 */
	private Integer streakAtRisk(UUID user, Reminder reminder) {
		LocalDate today = reminder.nextFireAt().atZone(reminder.schedule().zone()).toLocalDate();
		Instant thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.atStartOfDay(reminder.schedule().zone())
			.toInstant();
		Instant lastWeek = thisWeek.minus(Duration.ofDays(7));
		List<Integer> streak = this.jdbc.queryForList("""
				SELECT week_streak FROM training_activity
				WHERE user_id = :user AND week_streak >= 1 AND last_workout_at >= :lastWeek AND last_workout_at < :thisWeek""",
				new MapSqlParameterSource("user", user).addValue("lastWeek", Timestamp.from(lastWeek))
					.addValue("thisWeek", Timestamp.from(thisWeek)),
				Integer.class);
		return streak.isEmpty() ? null : streak.get(0);
	}

	private void send(UUID user, NotificationType type, String title, String body, Reminder reminder) {
		if (this.preferences.isEnabled(user, type, Channel.IN_APP)) {
			this.notifications.add(new NewNotification(user, type, title, body,
					Map.of("reminderId", reminder.id().toString()), null));
		}
		this.emails.queue(user, type, title, body, null);
	}

}
