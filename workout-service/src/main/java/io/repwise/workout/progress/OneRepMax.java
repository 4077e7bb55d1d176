package io.repwise.workout.progress;

/**
 * Estimated one-rep max from a set. Epley ({@code w × (1 + r/30)}) and Brzycki
 * ({@code w × 36 / (37 − r)}) agree near 10 reps and drift apart above it, which is why sets
 * above ten (effective) reps are flagged unreliable. When RPE or RIR is logged, the reps the
 * lifter had left in reserve are added first: 5 reps at RPE 8 estimate like 7 reps to failure.
 */
public final class OneRepMax {

	/** Above this many effective reps the formulas stop agreeing; estimates are flagged. */
	public static final int RELIABLE_REPS = 10;

	private OneRepMax() {
	}

	/** An estimate by both formulas, and whether the set was light enough in reps to trust it. */
	public record Estimate(double epley, double brzycki, double effectiveReps, boolean reliable) {
	}

	/**
	 * @param weightKg the load lifted
	 * @param reps the reps done (at least 1)
	 * @param rpe rate of perceived exertion 1–10, or {@code null}
	 * @param rir reps in reserve, or {@code null}; RPE wins when both are given
	 */
	public static Estimate estimate(double weightKg, int reps, Double rpe, Integer rir) {
		if (reps < 1 || weightKg <= 0) {
			throw new IllegalArgumentException("An estimate needs a weight and at least one rep");
		}
		double effectiveReps = reps + repsInReserve(rpe, rir);
		return new Estimate(round(epley(weightKg, effectiveReps)), round(brzycki(weightKg, effectiveReps)),
				effectiveReps, effectiveReps <= RELIABLE_REPS);
	}

	/** Epley; a single to failure is the one-rep max itself. */
	static double epley(double weight, double reps) {
		return (reps <= 1) ? weight : weight * (1 + reps / 30.0);
	}

	/** Brzycki, which diverges as reps approach 37; capped there so it stays a number. */
	static double brzycki(double weight, double reps) {
		return weight * 36.0 / (37.0 - Math.min(reps, 36.0));
	}

	/** RPE 10 means none left, RPE 8 two; half points give half reps. */
	static double repsInReserve(Double rpe, Integer rir) {
		if (rpe != null) {
			return Math.max(0, 10 - rpe);
		}
		return (rir != null) ? Math.max(0, rir) : 0;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
