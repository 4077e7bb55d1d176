package io.repwise.workout.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.repwise.common.request.UnitSystem;

/**
 * Where a workout started from a routine day gets its exercises and target sets. Implemented by
 * the routine feature, so that sessions do not depend on how routines are stored.
 */
public interface PlannedDays {

	/**
	 * The day's plan if {@code owner} may train from it (their routine, or a published one), with
	 * loads rounded to what the lifter's {@code units} plates make.
	 */
	Optional<PlannedDay> find(UUID dayId, UUID owner, UnitSystem units);

	record PlannedDay(UUID routineId, UUID dayId, String name, List<PlannedExercise> exercises) {
	}

	/** An exercise with its next targets; the sets start uncompleted, ready to be logged. */
	record PlannedExercise(UUID exerciseId, Integer supersetGroup, int sets, Integer reps, Double weightKg,
			Double targetRpe, Integer restSeconds) {
	}

}
