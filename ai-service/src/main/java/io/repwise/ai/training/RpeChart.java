package io.repwise.ai.training;

/**
 * Percent of 1RM for a number of reps at an RPE: the Reactive Training Systems chart (Tuchscherer,
 * 2008), for 1–12 reps at RPE 6–10 in half points. Each half point of RPE and each extra rep moves
 * one step along the same sequence, so the table is that sequence indexed by 2 × (reps − 1) +
 * 2 × (10 − RPE). Outside the chart, Epley with reps in reserve added stands in.
 */
public final class RpeChart {

	private static final double[] STEPS = { 100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4,
			81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6,
			57.4 };

	private RpeChart() {
	}

	/** Percent of 1RM (0–100) that {@code reps} at {@code rpe} take. */
	public static double percent(int reps, double rpe) {
		double halfPoints = (10 - rpe) * 2;
		if (reps >= 1 && reps <= 12 && rpe >= 6 && rpe <= 10 && halfPoints == Math.rint(halfPoints)) {
			return STEPS[2 * (reps - 1) + (int) halfPoints];
		}
		return 100.0 / (1 + (reps + Math.max(0, 10 - rpe)) / 30.0);
	}

	/** The load for {@code reps} at {@code rpe} given an estimated 1RM, before rounding. */
	public static double load(double oneRepMax, int reps, double rpe) {
		return oneRepMax * percent(reps, rpe) / 100.0;
	}

}
