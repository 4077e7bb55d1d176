package io.repwise.ai.training;

/**
 * Estimated one-rep max from a set. Epley: w × (1 + r / 30); Brzycki: w × 36 / (37 − r). Reps in
 * reserve are added to the reps done, so 100 kg × 5 at RPE 8 counts as 7 reps to failure (the
 * RIR-based RPE scale, Helms et al. 2016). Above 10 reps to failure both formulas drift apart and
 * the estimate is flagged unreliable.
 */
public final class OneRepMax {

	/** Reps to failure above which an estimate is flagged. */
	public static final int RELIABLE_REPS = 10;

	private OneRepMax() {
	}

	public static double epley(double weight, double reps) {
		return (reps <= 1) ? weight : weight * (1 + reps / 30.0);
	}

	public static double brzycki(double weight, double reps) {
		return (reps <= 1) ? weight : weight * 36.0 / (37.0 - Math.min(reps, 36));
	}

	/** @param repsInReserve {@code null} when effort was not logged (taken as a set to failure) */
	public static Estimate estimate(double weight, int reps, Double repsInReserve) {
		double toFailure = reps + ((repsInReserve != null) ? Math.max(0, repsInReserve) : 0);
		return new Estimate(epley(weight, toFailure), brzycki(weight, toFailure), toFailure > RELIABLE_REPS);
	}

	/** Both formulas; {@code value} is Epley, the one workout-service shows as the e1RM. */
	public record Estimate(double epley, double brzycki, boolean unreliable) {

		public double value() {
			return this.epley;
		}

	}

}
