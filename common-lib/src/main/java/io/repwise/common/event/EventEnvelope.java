package io.repwise.common.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A domain event as it travels from a publisher's outbox to a consumer. The id is what consumers
 * de-duplicate on (delivery is at least once); the version lets a payload's shape evolve.
 *
 * @param id unique per event, stable across redeliveries
 * @param type event name in PascalCase, such as {@code WorkoutCompleted}
 * @param occurredAt when the change happened (not when it was delivered)
 * @param subject the user the event is about
 * @param payload the event's data, shaped by {@code type} and {@code version}
 * @param version payload schema version, starting at 1
 */
public record EventEnvelope(
		@NotNull UUID id,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z][A-Za-z0-9]*", message = "must be a PascalCase event name") String type,
		@NotNull Instant occurredAt,
		@NotNull UUID subject,
		@NotNull Map<String, Object> payload,
		@Min(1) @Max(1000) int version) {

	/**
	 * Instants as ISO-8601 text, as every JSON of the suite writes them. A tolerant reader: a field
	 * the record lacks is ignored and one the payload lacks reads as null, or 0 for a number.
	 */
	private static final JsonMapper PAYLOADS = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public EventEnvelope {
		// Keep the caller's order and allow null values, which JSON payloads may carry.
		payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
	}

	/** A new event about {@code subject}: its type, version and payload from the typed record. */
	@SuppressWarnings("unchecked")
	public static EventEnvelope of(UUID subject, DomainEvent event, Instant occurredAt) {
		Map<String, Object> payload = PAYLOADS.convertValue(event, Map.class);
		return new EventEnvelope(UUID.randomUUID(), event.type(), occurredAt, subject, payload, event.version());
	}

	/**
	 * The payload as its typed record. Fields the record does not know are ignored, so that a
	 * compatible addition on the publisher's side (same version) does not break a consumer; fields
	 * the payload lacks read as null or 0. A value of the wrong type fails.
	 */
	public <T extends DomainEvent> T payloadAs(Class<T> type) {
		return PAYLOADS.convertValue(this.payload, type);
	}

}
