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

	public EventEnvelope {
		// Keep the caller's order and allow null values, which JSON payloads may carry.
		payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
	}

	/** A new first-version event about {@code subject}, happening now. */
	public static EventEnvelope of(String type, UUID subject, Map<String, Object> payload) {
		return new EventEnvelope(UUID.randomUUID(), type, Instant.now(), subject, payload, 1);
	}

}
