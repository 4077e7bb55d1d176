package io.repwise.notification.event;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.common.event.DomainEvent;
import io.repwise.common.event.EventConsumer;
import io.repwise.common.event.EventEnvelope;
import io.repwise.common.problem.InvalidFieldException;

/**
 * Takes in events exactly once per event id, however often the publishers' relays deliver them:
 * the event id is recorded and the event handled in one transaction.
 */
@Service
public class EventIntake implements EventConsumer {

	private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

	private final JdbcTemplate jdbc;

	private final MeterRegistry meters;

	private final EventHandlers handlers;

	EventIntake(JdbcTemplate jdbc, MeterRegistry meters, EventHandlers handlers) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.handlers = handlers;
	}

	/**
	 * Returns whether the event was new (false for a redelivery). The types it knows are those of
	 * common-lib's {@link DomainEvent}; a payload its record cannot read is refused (400) before
	 * anything is recorded, so a fixed publisher's redelivery is taken in.
	 */
	@Override
	@Transactional
	public boolean accept(EventEnvelope event) {
		Class<? extends DomainEvent> type = DomainEvent.ofType(event.type());
		DomainEvent payload = (type != null) ? read(event, type) : null;
		int inserted = this.jdbc.update(
				"INSERT INTO processed_event (event_id, event_type) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING",
				event.id(), event.type());
		if (inserted == 0) {
			this.meters.counter("repwise.events.duplicate", "type", event.type()).increment();
			return false;
		}
		if (payload == null) {
			log.info("Ignoring event {} of unknown type {}", event.id(), event.type());
			this.meters.counter("repwise.events.unknown").increment();
			return true;
		}
		this.handlers.handle(event, payload);
		this.meters.counter("repwise.events.received", "type", event.type()).increment();
		return true;
	}

	private static DomainEvent read(EventEnvelope event, Class<? extends DomainEvent> type) {
		try {
			return event.payloadAs(type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			log.warn("Refused event {}: its payload does not fit {} version {}: {}", event.id(), event.type(),
					event.version(), ex.getMessage());
			throw new InvalidFieldException("payload", "is not a " + event.type() + " payload of version "
					+ event.version() + " (docs/EVENTS.md)");
		}
	}

}
