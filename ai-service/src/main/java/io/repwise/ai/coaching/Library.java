package io.repwise.ai.coaching;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.repwise.ai.training.Exercise;

/**
 * The exercises a user may use, by id.
 *
 * @param fetchedAt when workout-service last gave them
 * @param stale served from the cache because workout-service did not answer
 */
public record Library(List<Exercise> exercises, Instant fetchedAt, boolean stale) {

	public Map<UUID, Exercise> byId() {
		Map<UUID, Exercise> byId = new LinkedHashMap<>();
		this.exercises.forEach((exercise) -> byId.put(exercise.id(), exercise));
		return byId;
	}

}
