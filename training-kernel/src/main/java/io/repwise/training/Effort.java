package io.repwise.training;

/**
 * How hard a set was, as reps left in reserve. RPE and RIR are the same scale read from opposite
 * ends (Helms et al. 2016): RPE 10 is nothing left, RPE 8 two reps left, half points half a rep.
 */
public final class Effort {

	/** The hardest a set can be: to failure. */
	public static final double MAX_RPE = 10;

	private Effort() {
	}

	/**
	 * Reps in reserve from whatever was logged; RPE wins when both are. {@code null} when neither
	 * was: callers decide what an unrated set means (a record counts it as a set to failure).
	 */
	public static Double repsInReserve(Double rpe, Number rir) {
		if (rpe != null) {
			return Math.max(0, MAX_RPE - rpe);
		}
		return (rir != null) ? Math.max(0, rir.doubleValue()) : null;
	}

	/** The RPE that leaves {@code repsInReserve} reps. */
	public static double rpe(double repsInReserve) {
		return MAX_RPE - Math.max(0, repsInReserve);
	}

}
