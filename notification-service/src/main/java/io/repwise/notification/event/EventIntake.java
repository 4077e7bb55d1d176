package io.repwise.notification.event;

import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.common.event.EventEnvelope;

/**
 * Takes in events exactly once per event id, however often the publishers' relays deliver them:
 * the event id is recorded and the event handled in one transaction.
 */
@Service
public class EventIntake {

	private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

	/** The events this service consumes (docs/ARCHITECTURE.md, Events). */
	static final Set<String> KNOWN_TYPES = Set.of("UserRegistered", "UserDeleted", "WorkoutCompleted",
			"PersonalRecordAchieved");

	private final JdbcTemplate jdbc;

	private final MeterRegistry meters;

	private final EventHandlers handlers;

	EventIntake(JdbcTemplate jdbc, MeterRegistry meters, EventHandlers handlers) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.handlers = handlers;
	}

	/** Returns whether the event was new (false for a redelivery). */
	@Transactional
	public boolean accept(EventEnvelope event) {
		int inserted = this.jdbc.update(
				"INSERT INTO processed_event (event_id, event_type) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING",
				event.id(), event.type());
		if (inserted == 0) {
			this.meters.counter("repwise.events.duplicate", "type", event.type()).increment();
			return false;
		}
		if (!KNOWN_TYPES.contains(event.type())) {
			log.info("Ignoring event {} of unknown type {}", event.id(), event.type());
			this.meters.counter("repwise.events.unknown").increment();
			return true;
		}
		this.handlers.handle(event);
		this.meters.counter("repwise.events.received", "type", event.type()).increment();
		return true;
	}

}
