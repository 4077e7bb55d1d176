package io.repwise.common.event;

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
		EventEnvelope event = EventEnvelope.of("WorkoutCompleted", UUID.randomUUID(), payload);

		EventEnvelope back = this.json.readValue(this.json.writeValueAsString(event), EventEnvelope.class);

		assertThat(back).isEqualTo(event);
		assertThat(back.payload().keySet()).containsExactly("workoutId", "note");
		assertThat(back.version()).isEqualTo(1);
	}

	@Test
	void rejectsAnEnvelopeWithoutIdsOrWithABadType() {
		EventEnvelope bad = new EventEnvelope(null, "not a type", null, null, Map.of(), 0);

		assertThat(this.validator.validate(bad)).extracting((violation) -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("id", "type", "occurredAt", "subject", "version");
	}

}
