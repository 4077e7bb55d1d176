package io.repwise.ai.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A completed workout and its counted sets in logged order. */
public record Session(UUID id, Instant startedAt, Instant endedAt, UUID routineId, UUID routineDayId,
		List<TrainingSet> sets) {

	public Session {
		sets = List.copyOf(sets);
	}

	public List<TrainingSet> setsOf(UUID exerciseId) {
		return this.sets.stream().filter((set) -> set.exerciseId().equals(exerciseId)).toList();
	}

}
