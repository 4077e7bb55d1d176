package io.repwise.workout.routine.progression;

/**
 * Where an exercise's progression stands: the next session's prescription plus the rule's memory.
 *
 * @param weightKg the load for the next session; {@code null} until a first session sets it, or
 * for unloaded exercises
 * @param reps reps to aim for on every set
 * @param sets how many working sets
 * @param failures sessions in a row that missed the target
 * @param waveStep for a percentage wave, the step the next session uses
 * @param trainingMaxKg for a percentage wave, the training max the percentages apply to
 */
public record Targets(Double weightKg, int reps, int sets, int failures, int waveStep, Double trainingMaxKg) {

	public static Targets start(int sets, int reps, Double weightKg) {
		return new Targets(weightKg, reps, sets, 0, 0, null);
	}

}
