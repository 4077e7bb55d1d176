package io.repwise.ai.training;

import java.util.List;
import java.util.UUID;

/** The user's active routine from workout-service: its days in order and what each prescribes. */
public record ActiveRoutine(UUID id, String name, List<Day> days) {

	public record Day(UUID id, String name, List<Prescribed> exercises) {
	}

	/** @param next where the routine's rule stands for the next session; {@code null} when not known */
	public record Prescribed(UUID exerciseId, String name, int sets, int repMin, int repMax, Double targetRpe,
			RoutineTargets next) {

		public Prescribed(UUID exerciseId, String name, int sets, int repMin, int repMax, Double targetRpe) {
			this(exerciseId, name, sets, repMin, repMax, targetRpe, null);
		}

	}

	/**
	 * The routine's stored targets for the next session (workout-service keeps them and moves them
	 * on as sessions are logged).
	 *
	 * @param weightKg {@code null} until a first session or a start weight sets it
	 * @param lastDecision why the rule moved them, or {@code null} before the first session
	 */
	public record RoutineTargets(Double weightKg, int sets, int reps, String lastDecision) {
	}

}
