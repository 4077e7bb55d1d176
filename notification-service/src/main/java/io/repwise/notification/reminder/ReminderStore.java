package io.repwise.notification.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reminders, scoped to their owner for every read and change by the API. */
@Repository
public class ReminderStore {

	/** Enough for a reminder every day and a few nudges. */
	static final int MAX_PER_USER = 20;

	private final NamedParameterJdbcTemplate jdbc;

	ReminderStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	enum Kind {

		WORKOUT, STREAK_AT_RISK

	}

	record Reminder(UUID id, UUID userId, Kind kind, ReminderSchedule schedule, boolean enabled, Instant nextFireAt,
			Instant lastFiredAt) {
	}

	List<Reminder> mine(UUID user) {
		return this.jdbc.query("SELECT * FROM reminder WHERE user_id = :user ORDER BY created_at, id",
				new MapSqlParameterSource("user", user), ReminderStore::reminder);
	}

	Optional<Reminder> find(UUID user, UUID id) {
		return this.jdbc
			.query("SELECT * FROM reminder WHERE id = :id AND user_id = :user",
					new MapSqlParameterSource("user", user).addValue("id", id), ReminderStore::reminder)
			.stream()
			.findFirst();
	}

	int count(UUID user) {
		return this.jdbc.queryForObject("SELECT count(*) FROM reminder WHERE user_id = :user",
				new MapSqlParameterSource("user", user), Integer.class);
	}

	void save(Reminder reminder) {
		this.jdbc.update("""
				INSERT INTO reminder (id, user_id, kind, weekdays, local_time, time_zone, enabled, next_fire_at)
				VALUES (:id, :user, :kind, :weekdays, :time, :zone, :enabled, :next)
				ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, weekdays = excluded.weekdays,
				    local_time = excluded.local_time, time_zone = excluded.time_zone, enabled = excluded.enabled,
				    next_fire_at = excluded.next_fire_at""",
				new MapSqlParameterSource("id", reminder.id()).addValue("user", reminder.userId())
					.addValue("kind", reminder.kind().name())
					.addValue("weekdays", weekdays(reminder.schedule()))
					.addValue("time", Time.valueOf(reminder.schedule().time()))
					.addValue("zone", reminder.schedule().zone().getId())
					.addValue("enabled", reminder.enabled())
					.addValue("next", Timestamp.from(reminder.nextFireAt())));
	}

	boolean delete(UUID user, UUID id) {
		return this.jdbc.update("DELETE FROM reminder WHERE id = :id AND user_id = :user",
				new MapSqlParameterSource("user", user).addValue("id", id)) == 1;
	}

	/** Everything held for a user, for UserDeleted. */
	public void eraseUser(UUID user) {
		MapSqlParameterSource byUser = new MapSqlParameterSource("user", user);
		this.jdbc.update("DELETE FROM reminder WHERE user_id = :user", byUser);
		this.jdbc.update("DELETE FROM training_activity WHERE user_id = :user", byUser);
	}

	/** Remembers the user's latest workout and weekly streak, for "streak at risk". */
	public void recordWorkout(UUID user, Instant startedAt, int weekStreak) {
		this.jdbc.update("""
				INSERT INTO training_activity (user_id, last_workout_at, week_streak) VALUES (:user, :at, :streak)
				ON CONFLICT (user_id) DO UPDATE SET last_workout_at = greatest(training_activity.last_workout_at,
				    excluded.last_workout_at), week_streak = excluded.week_streak""",
				new MapSqlParameterSource("user", user).addValue("at", Timestamp.from(startedAt))
					.addValue("streak", weekStreak));
	}

	static String weekdays(ReminderSchedule schedule) {
		return schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
	}

	static Reminder reminder(ResultSet row, int i) throws SQLException {
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(row.getString("weekdays").split(",")).map(DayOfWeek::valueOf).forEach(days::add);
		Timestamp last = row.getTimestamp("last_fired_at");
		return new Reminder(row.getObject("id", UUID.class), row.getObject("user_id", UUID.class),
				Kind.valueOf(row.getString("kind")),
				new ReminderSchedule(days, row.getTime("local_time").toLocalTime(), ZoneId.of(row.getString("time_zone"))),
				row.getBoolean("enabled"), row.getTimestamp("next_fire_at").toInstant(),
				(last != null) ? last.toInstant() : null);
	}

}
