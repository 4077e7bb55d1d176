package io.repwise.common.outbox;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	private final Map<String, OutboxProperties.Target> moreTargets;

	public OutboxPublisher(JdbcTemplate jdbc, JsonMapper jsonMapper, Map<String, OutboxProperties.Target> moreTargets) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.moreTargets = Map.copyOf(moreTargets);
	}

	/**
	 * Must run inside the transaction that makes the change. One row for the default consumer and
	 * one for each further consumer that takes this type: the same event (one id, which consumers
	 * dedupe on), delivered to each on its own.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(EventEnvelope event) {
		List<String> targets = new ArrayList<>(List.of(OutboxProperties.DEFAULT_TARGET));
		this.moreTargets.forEach((name, target) -> {
			if (target.types().contains(event.type())) {
				targets.add(name);
			}
		});
		String payload = this.jsonMapper.writeValueAsString(event.payload());
		for (String target : targets) {
			this.jdbc.update("""
					INSERT INTO outbox_event (id, target, type, subject, occurred_at, version, payload, next_attempt_at)
					VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""", event.id(), target, event.type(), event.subject(),
					Timestamp.from(event.occurredAt()), event.version(), payload, Timestamp.from(event.occurredAt()));
		}
	}

}
