package io.repwise.workout.routine.progression;

import io.repwise.training.LoadStep;

/**
 * A deload (the routine's scheduled week, or a week of low readiness): half the sets (rounded up) at 90 % of the load, 2 RPE easier (Bell et
 * al. 2023 on deloading practice; the coach's plans schedule the same). The targets the rule keeps
 * are not touched; the deload is what the week's sessions are given.
 */
public final class DeloadWeek {

	static final double LOAD_FACTOR = 0.9;

	static final double RPE_EASIER = 2;

	private DeloadWeek() {
	}

	/** The deload's targets for a prescription whose rule stands at {@code targets}. */
	public static Targets of(Targets targets, LoadStep step) {
		Double weight = (targets.weightKg() != null) ? step.roundDownKilograms(targets.weightKg() * LOAD_FACTOR) : null;
		return new Targets(weight, targets.reps(), (targets.sets() + 1) / 2, targets.failures(), targets.waveStep(),
				targets.trainingMaxKg(), targets.bankedKg(), targets.recentE1rmsKg());
	}

	/** The target RPE in a deload week: 2 easier, not below 5. */
	public static Double rpe(Double targetRpe, boolean deloadWeek) {
		if (!deloadWeek || targetRpe == null) {
			return targetRpe;
		}
		return Math.max(5, targetRpe - RPE_EASIER);
	}

	/** What a session logged in a deload tells the lifter about their targets; {@code why} names the deload. */
	public static String decision(String why) {
		return why + ": half the sets at 90 % of the load. Targets unchanged; progression resumes after it.";
	}

}
