package io.repwise.common.event;

/**
 * What a service does with the events the others' outbox relays deliver to it. A service with a
 * bean of this type serves {@code POST /internal/events} ({@link EventIntakeController}).
 */
public interface EventConsumer {

	/**
	 * Takes the event in, at most once per event id, in the transaction that acts on it.
	 * @return whether it was new (false for a redelivery)
	 */
	boolean accept(EventEnvelope event);

}
