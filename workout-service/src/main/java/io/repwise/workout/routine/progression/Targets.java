package io.repwise.workout.routine.progression;

import java.util.List;

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
 * @param bankedKg progress earned but too small to load yet (under one plate step); added to the
 * next increment, so small increments add up instead of rounding away. {@code null} in state
 * saved before there was a bank, read as none.
 * @param recentE1rmsKg the best e1RM of the last sessions, oldest first, for the performance
 * deload ({@link io.repwise.training.DeloadTrigger}); {@code null} before the first
 */
public record Targets(Double weightKg, int reps, int sets, int failures, int waveStep, Double trainingMaxKg,
		Double bankedKg, List<Double> recentE1rmsKg) {

	/** Targets with nothing banked and no sessions remembered. */
	public Targets(Double weightKg, int reps, int sets, int failures, int waveStep, Double trainingMaxKg) {
		this(weightKg, reps, sets, failures, waveStep, trainingMaxKg, null, null);
	}

	/** Targets with {@code bankedKg} banked and no sessions remembered. */
	public Targets(Double weightKg, int reps, int sets, int failures, int waveStep, Double trainingMaxKg,
			Double bankedKg) {
		this(weightKg, reps, sets, failures, waveStep, trainingMaxKg, bankedKg, null);
	}

	/** These targets, remembering {@code recent} sessions' e1RM. */
	public Targets withRecentE1rms(List<Double> recent) {
		return new Targets(this.weightKg, this.reps, this.sets, this.failures, this.waveStep, this.trainingMaxKg,
				this.bankedKg, recent);
	}

	public static Targets start(int sets, int reps, Double weightKg) {
		return new Targets(weightKg, reps, sets, 0, 0, null);
	}

	public double banked() {
		return (this.bankedKg != null) ? this.bankedKg : 0;
	}

}
