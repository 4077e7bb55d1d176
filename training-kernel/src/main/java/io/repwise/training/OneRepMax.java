package io.repwise.training;

/**
 * A set's estimated one-rep max (e1RM). The estimate every service shows, stores as a record and
 * coaches from is {@link StrengthCurve}'s; Epley ({@code w × (1 + r/30)}) and Brzycki
 * ({@code w × 36 / (37 − r)}) are given beside it because lifters know them. The reps a lifter
 * had left are added first (5 reps at RPE 8 count as 7 to failure); a set logged without effort is
 * taken as one to failure. Above {@value #RELIABLE_REPS} reps to failure the formulas stop
 * agreeing, so such estimates are flagged.
 */
public final class OneRepMax {

	/** Reps to failure above which an estimate is flagged unreliable. */
	public static final int RELIABLE_REPS = 10;

	private OneRepMax() {
	}

	/**
	 * @param value the e1RM every service uses (the strength curve's)
	 * @param epley Epley's estimate from the same reps to failure
	 * @param brzycki Brzycki's, capped at 36 reps so it stays a number
	 * @param repsToFailure reps done plus reps in reserve
	 * @param reliable whether {@code repsToFailure} is at most {@value #RELIABLE_REPS}
	 */
	public record Estimate(double value, double epley, double brzycki, double repsToFailure, boolean reliable) {
	}

	/**
	 * @param repsInReserve from {@link Effort#repsInReserve}; {@code null} when effort was not
	 * logged
	 */
	public static Estimate estimate(double weight, int reps, Double repsInReserve) {
		if (reps < 1 || weight <= 0) {
			throw new IllegalArgumentException("An estimate needs a load and at least one rep");
		}
		double reserve = (repsInReserve != null) ? Math.max(0, repsInReserve) : 0;
		double toFailure = reps + reserve;
		return new Estimate(StrengthCurve.oneRepMax(weight, reps, reserve), epley(weight, toFailure),
				brzycki(weight, toFailure), toFailure, toFailure <= RELIABLE_REPS);
	}

	/** Epley; a single to failure is the one-rep max itself. */
	public static double epley(double weight, double repsToFailure) {
		return (repsToFailure <= 1) ? weight : weight * (1 + repsToFailure / 30.0);
	}

	public static double brzycki(double weight, double repsToFailure) {
		return (repsToFailure <= 1) ? weight : weight * 36.0 / (37.0 - Math.min(repsToFailure, 36));
	}

}
