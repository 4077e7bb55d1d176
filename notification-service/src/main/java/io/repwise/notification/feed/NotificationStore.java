package io.repwise.notification.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The in-app notifications table. Every read and change is scoped to the owner. */
@Repository
public class NotificationStore {

	/** The PostgreSQL channel that announces each new notification as {@code userId:notificationId}. */
	public static final String CREATED_CHANNEL = "notification_created";

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	NotificationStore(NamedParameterJdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Stores it, in the caller's transaction; returns its id. */
	public UUID add(NewNotification notification) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO notification (id, user_id, type, title, body, data, event_id, created_at)
				VALUES (:id, :user, :type, :title, :body, CAST(:data AS jsonb), :event, :createdAt)""",
				new MapSqlParameterSource("id", id).addValue("user", notification.userId())
					.addValue("type", notification.type().name())
					.addValue("title", notification.title())
					.addValue("body", notification.body())
					.addValue("data", this.json.writeValueAsString(notification.data()))
					.addValue("event", notification.eventId())
					.addValue("createdAt", Timestamp.from(this.clock.instant())));
		// Every replica listening on this channel learns of it when the transaction commits.
		this.jdbc.query("SELECT pg_notify('" + CREATED_CHANNEL + "', :payload)",
				new MapSqlParameterSource("payload", notification.userId() + ":" + id), (ResultSet row) -> {
				});
		return id;
	}

	/** One notification of the user's, if it exists. */
	public Optional<Notification> find(UUID user, UUID id) {
		return this.jdbc
			.query("SELECT * FROM notification WHERE id = :id AND user_id = :user",
					new MapSqlParameterSource("user", user).addValue("id", id), this::notification)
			.stream()
			.findFirst();
	}

	/**
	 * The user's notifications created after {@code lastSeen}, oldest first, at most {@code limit}:
	 * what a reconnecting stream missed. Nothing when {@code lastSeen} is not theirs.
	 */
	public List<Notification> after(UUID user, UUID lastSeen, int limit) {
		return this.jdbc.query("""
				SELECT n.* FROM notification n, notification seen
				WHERE seen.id = :seen AND seen.user_id = :user AND n.user_id = :user
				  AND (n.created_at, n.id) > (seen.created_at, seen.id)
				ORDER BY n.created_at, n.id LIMIT :limit""",
				new MapSqlParameterSource("user", user).addValue("seen", lastSeen).addValue("limit", limit),
				this::notification);
	}

	List<Notification> page(UUID user, boolean unreadOnly, int page, int size) {
		return this.jdbc.query("SELECT * FROM notification WHERE user_id = :user" + (unreadOnly ? " AND read_at IS NULL" : "")
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset",
				new MapSqlParameterSource("user", user).addValue("limit", size).addValue("offset", (long) page * size),
				this::notification);
	}

	long count(UUID user, boolean unreadOnly) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE user_id = :user" + (unreadOnly ? " AND read_at IS NULL" : ""),
				new MapSqlParameterSource("user", user), Long.class);
	}

	/** Whether the notification exists for this user (marking it read again changes nothing). */
	boolean markRead(UUID user, UUID id) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("user", user).addValue("id", id)
			.addValue("now", Timestamp.from(this.clock.instant()));
		this.jdbc.update("UPDATE notification SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL",
				parameters);
		return this.jdbc.queryForObject("SELECT count(*) FROM notification WHERE id = :id AND user_id = :user", parameters,
				Integer.class) == 1;
	}

	int markAllRead(UUID user) {
		return this.jdbc.update("UPDATE notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL",
				new MapSqlParameterSource("user", user).addValue("now", Timestamp.from(this.clock.instant())));
	}

	boolean delete(UUID user, UUID id) {
		return this.jdbc.update("DELETE FROM notification WHERE id = :id AND user_id = :user",
				new MapSqlParameterSource("user", user).addValue("id", id)) == 1;
	}

	/** Everything held for a user, for UserDeleted. */
	public void eraseUser(UUID user) {
		this.jdbc.update("DELETE FROM notification WHERE user_id = :user", new MapSqlParameterSource("user", user));
	}

	/** A stored notification. */
	public record Notification(UUID id, String type, String title, String body, Object data, Instant createdAt,
			Instant readAt) {
	}

	private Notification notification(ResultSet row, int i) throws SQLException {
		Timestamp read = row.getTimestamp("read_at");
		return new Notification(row.getObject("id", UUID.class), row.getString("type"), row.getString("title"),
				row.getString("body"), this.json.readValue(row.getString("data"), new TypeReference<Map<String, Object>>() {
				}), row.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

}
