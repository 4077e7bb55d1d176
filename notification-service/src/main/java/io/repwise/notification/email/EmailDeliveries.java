package io.repwise.notification.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.repwise.common.web.PageView;

/** Reads email deliveries for administrators: one status at a time, newest first. */
@Component
class EmailDeliveries {

	private final NamedParameterJdbcTemplate jdbc;

	EmailDeliveries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record DeliveryView(UUID id, UUID userId, String type, String recipient, String subject, String status,
			int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
	}

	PageView<DeliveryView> withStatus(String status, int page, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("status", status).addValue("limit", size)
			.addValue("offset", (long) page * size);
		long total = this.jdbc.queryForObject("SELECT count(*) FROM email_delivery WHERE status = :status", parameters,
				Long.class);
		List<DeliveryView> items = this.jdbc.query("""
				SELECT * FROM email_delivery WHERE status = :status ORDER BY created_at DESC, id
				LIMIT :limit OFFSET :offset""", parameters,
				(row, i) -> new DeliveryView(row.getObject("id", UUID.class), row.getObject("user_id", UUID.class),
						row.getString("notification_type"), row.getString("recipient"), row.getString("subject"),
						row.getString("status"), row.getInt("attempts"), row.getString("last_error"),
						instant(row.getTimestamp("created_at")), instant(row.getTimestamp("next_attempt_at")),
						instant(row.getTimestamp("sent_at"))));
		return PageView.of(items, page, size, total);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
