package io.repwise.common.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventEnvelopeTests {

	final JsonMapper json = JsonMapper.builder().build();

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void survivesTheTripThroughJsonWithNullsAndOrderKept() {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("workoutId", "9b0c");
		payload.put("note", null);
		EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "WorkoutCompleted", Instant.parse("2026-12-03T10:00:00Z"),
				UUID.randomUUID(), payload, 1);

		EventEnvelope back = this.json.readValue(this.json.writeValueAsString(event), EventEnvelope.class);

		assertThat(back).isEqualTo(event);
		assertThat(back.payload().keySet()).containsExactly("workoutId", "note");
		assertThat(back.version()).isEqualTo(1);
	}

	@Test
	void aTypedEventTravelsAsItsRecordAndComesBackAsIt() {
		WorkoutCompleted completed = new WorkoutCompleted(UUID.randomUUID(), "Legs", Instant.parse("2026-12-03T10:00:00Z"),
				Instant.parse("2026-12-03T11:05:30.250Z"), 3930, 4, 16, 5120.5, 2, 3, "Europe/Berlin", "imperial");
		UUID subject = UUID.randomUUID();
		EventEnvelope event = EventEnvelope.of(subject, completed, Instant.parse("2026-12-03T11:05:31Z"));

		assertThat(event.type()).isEqualTo("WorkoutCompleted");
		assertThat(event.version()).isEqualTo(1);
		assertThat(event.subject()).isEqualTo(subject);
		// On the wire as before the payloads were typed: instants as ISO-8601 text, ids as text.
		assertThat(event.payload()).containsEntry("startedAt", "2026-12-03T10:00:00Z")
			.containsEntry("endedAt", "2026-12-03T11:05:30.250Z")
			.containsEntry("workoutId", completed.workoutId().toString())
			.containsEntry("units", "imperial");
		EventEnvelope delivered = this.json.readValue(this.json.writeValueAsString(event), EventEnvelope.class);
		assertThat(delivered.payloadAs(WorkoutCompleted.class)).isEqualTo(completed);
	}

	@Test
	void aConsumerIgnoresFieldsItsRecordDoesNotKnow() {
		EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "UserRegistered", Instant.now(), UUID.randomUUID(),
				Map.of("email", "ada@example.com", "displayName", "Ada", "addedLater", true), 1);

		assertThat(event.payloadAs(UserRegistered.class)).isEqualTo(new UserRegistered("ada@example.com", "Ada"));
	}

	@Test
	void fieldsThePayloadLacksReadAsNullOrZero() {
		EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "WorkoutCompleted", Instant.now(), UUID.randomUUID(),
				Map.of("name", "Legs"), 1);

		WorkoutCompleted completed = event.payloadAs(WorkoutCompleted.class);
		assertThat(completed.name()).isEqualTo("Legs");
		assertThat(completed.startedAt()).isNull();
		assertThat(completed.weekStreak()).isZero();
	}

	@Test
	void rejectsAnEnvelopeWithoutIdsOrWithABadType() {
		EventEnvelope bad = new EventEnvelope(null, "not a type", null, null, Map.of(), 0);

		assertThat(this.validator.validate(bad)).extracting((violation) -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("id", "type", "occurredAt", "subject", "version");
	}

}
