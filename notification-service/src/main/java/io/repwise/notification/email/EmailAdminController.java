package io.repwise.notification.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.web.PageView;

/** Administrators see email deliveries, failed ones above all, with the last error. */
@RestController
class EmailAdminController {

	private final NamedParameterJdbcTemplate jdbc;

	EmailAdminController(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record DeliveryView(UUID id, UUID userId, String type, String recipient, String subject, String status,
			int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
	}

	@GetMapping("/api/v1/notifications/admin/emails")
	@PreAuthorize("hasRole('ADMIN')")
	PageView<DeliveryView> deliveries(@RequestParam(defaultValue = "FAILED") String status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		if (!List.of("PENDING", "SENT", "FAILED").contains(status)) {
			throw new InvalidFieldException("status", "must be PENDING, SENT or FAILED");
		}
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
