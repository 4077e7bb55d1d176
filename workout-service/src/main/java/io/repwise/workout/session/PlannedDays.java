package io.repwise.workout.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a workout started from a routine day gets its exercises and target sets. Implemented by
 * the routine feature, so that sessions do not depend on how routines are stored.
 */
public interface PlannedDays {

	/** The day's plan if {@code owner} may train from it (their routine, or a published one). */
	Optional<PlannedDay> find(UUID dayId, UUID owner);

	record PlannedDay(UUID routineId, UUID dayId, String name, List<PlannedExercise> exercises) {
	}

	/** An exercise with its next targets; the sets start uncompleted, ready to be logged. */
	record PlannedExercise(UUID exerciseId, Integer supersetGroup, int sets, Integer reps, Double weightKg,
			Double targetRpe, Integer restSeconds) {
	}

}
