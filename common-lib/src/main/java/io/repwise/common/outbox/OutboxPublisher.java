package io.repwise.common.outbox;

import java.sql.Timestamp;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.common.event.EventEnvelope;

/**
 * Records an event in the {@code outbox_event} table in the caller's transaction, so the event
 * exists if and only if the change that caused it was committed. The relay delivers it later.
 */
public class OutboxPublisher {

	private final JdbcTemplate jdbc;

	private final JsonMapper jsonMapper;

	public OutboxPublisher(JdbcTemplate jdbc, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
	}

	/** Must run inside the transaction that makes the change. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(EventEnvelope event) {
		this.jdbc.update("""
				INSERT INTO outbox_event (id, type, subject, occurred_at, version, payload, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""", event.id(), event.type(), event.subject(),
				Timestamp.from(event.occurredAt()), event.version(), this.jsonMapper.writeValueAsString(event.payload()),
				Timestamp.from(event.occurredAt()));
	}

}
