package io.repwise.common.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a publisher writes is what a consumer reads, for every event type: the envelope built from
 * the record, through JSON as the outbox stores and the relay sends it, read back by a reader that
 * refuses any field its record lacks, is the same record under the same type and version.
 */
class EventContractTests {

	/** One of each type, every field set, so that a field lost on the way shows. */
	static final List<DomainEvent> SAMPLES = List.of(new UserRegistered("ada@example.com", "Ada"), new UserDeleted(),
			new WorkoutCompleted(UUID.randomUUID(), "Legs", Instant.parse("2026-12-03T10:00:00Z"),
					Instant.parse("2026-12-03T11:00:00.5Z"), 3600, 4, 16, 5120.5, 1, 3, "Asia/Kolkata", "imperial"),
			new PersonalRecordAchieved(UUID.randomUUID(), UUID.randomUUID(), "Barbell Squat", "REPS_AT_WEIGHT", 8, "reps",
					100, 6.0, "metric"));

	private final JsonMapper wire = JsonMapper.builder().build();

	private final JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	@Test
	void everyTypeHasASample() {
		assertThat(SAMPLES).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(DomainEvent.TYPES);
	}

	@Test
	void whatThePublisherWritesTheConsumerReadsBack() {
		for (DomainEvent sample : SAMPLES) {
			EventEnvelope sent = EventEnvelope.of(UUID.randomUUID(), sample, Instant.parse("2026-12-03T11:00:01Z"));
			EventEnvelope received = this.wire.readValue(this.wire.writeValueAsString(sent), EventEnvelope.class);

			assertThat(received.type()).isEqualTo(sample.type());
			assertThat(received.version()).isEqualTo(sample.version());
			Class<? extends DomainEvent> type = DomainEvent.ofType(received.type());
			assertThat(this.strict.convertValue(received.payload(), type)).as(sample.type()).isEqualTo(sample);
			assertThat(received.payloadAs(type)).isEqualTo(sample);
		}
	}

}
