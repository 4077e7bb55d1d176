package io.repwise.notification.preference;

import java.sql.ResultSet;
import java.sql.Time;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.notification.feed.NotificationType;

/**
 * Users' notification preferences: every type on every channel unless turned off, and optional
 * quiet hours for email.
 */
@Repository
public class PreferenceStore {

	private final NamedParameterJdbcTemplate jdbc;

	PreferenceStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A daily window, in the user's zone, when email waits. It may cross midnight (22:00–07:00). */
	public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
	}

	public boolean isEnabled(UUID user, NotificationType type, Channel channel) {
		List<Boolean> stored = this.jdbc.queryForList(
				"SELECT enabled FROM notification_preference WHERE user_id = :user AND type = :type AND channel = :channel",
				new MapSqlParameterSource("user", user).addValue("type", type.name()).addValue("channel", channel.name()),
				Boolean.class);
		return stored.isEmpty() || stored.get(0);
	}

	/** Every type and channel with its setting, defaults included. */
	Map<NotificationType, Map<Channel, Boolean>> all(UUID user) {
		Map<NotificationType, Map<Channel, Boolean>> settings = new EnumMap<>(NotificationType.class);
		for (NotificationType type : NotificationType.values()) {
			Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
			for (Channel channel : Channel.values()) {
				channels.put(channel, true);
			}
			settings.put(type, channels);
		}
		this.jdbc.query("SELECT type, channel, enabled FROM notification_preference WHERE user_id = :user",
				new MapSqlParameterSource("user", user), (ResultSet row) -> {
					settings.get(NotificationType.valueOf(row.getString("type")))
						.put(Channel.valueOf(row.getString("channel")), row.getBoolean("enabled"));
				});
		return settings;
	}

	public Optional<QuietHours> quietHours(UUID user) {
		return this.jdbc
			.query("SELECT starts_at, ends_at, time_zone FROM quiet_hours WHERE user_id = :user",
					new MapSqlParameterSource("user", user),
					(row, i) -> new QuietHours(row.getTime("starts_at").toLocalTime(), row.getTime("ends_at").toLocalTime(),
							ZoneId.of(row.getString("time_zone"))))
			.stream()
			.findFirst();
	}

	/** Replaces the user's settings: only the switched-off pairs are stored. */
	@Transactional
	void replace(UUID user, Map<NotificationType, Map<Channel, Boolean>> settings, QuietHours quietHours) {
		MapSqlParameterSource byUser = new MapSqlParameterSource("user", user);
		this.jdbc.update("DELETE FROM notification_preference WHERE user_id = :user", byUser);
		List<SqlParameterSource> off = settings.entrySet()
			.stream()
			.flatMap((type) -> type.getValue()
				.entrySet()
				.stream()
				.filter((channel) -> !channel.getValue())
				.map((channel) -> (SqlParameterSource) new MapSqlParameterSource("user", user)
					.addValue("type", type.getKey().name())
					.addValue("channel", channel.getKey().name())))
			.toList();
		this.jdbc.batchUpdate("INSERT INTO notification_preference (user_id, type, channel, enabled) "
				+ "VALUES (:user, :type, :channel, false)", off.toArray(SqlParameterSource[]::new));
		this.jdbc.update("DELETE FROM quiet_hours WHERE user_id = :user", byUser);
		if (quietHours != null) {
			this.jdbc.update("INSERT INTO quiet_hours (user_id, starts_at, ends_at, time_zone) VALUES (:user, :start, :end, :zone)",
					byUser.addValue("start", Time.valueOf(quietHours.start()))
						.addValue("end", Time.valueOf(quietHours.end()))
						.addValue("zone", quietHours.zone().getId()));
		}
	}

	/** Everything held for a user, for UserDeleted. */
	public void eraseUser(UUID user) {
		MapSqlParameterSource byUser = new MapSqlParameterSource("user", user);
		this.jdbc.update("DELETE FROM notification_preference WHERE user_id = :user", byUser);
		this.jdbc.update("DELETE FROM quiet_hours WHERE user_id = :user", byUser);
	}

}
