package io.repwise.training;

/**
 * The one model of how much of a lifter's one-rep max they can lift for a number of reps to
 * failure. Both directions use it: an e1RM is a set's load divided by its share of the max, and
 * the load prescribed for reps at an effort is the e1RM times that share. So repeating the same
 * reps at the same effort prescribes the same load, and a lower effort a higher one, which two
 * separate formulas (Epley one way, a chart the other) cannot promise.
 * <p>
 * The shares are the Reactive Training Systems RPE chart (Tuchscherer 2008). Its rows (1–12 reps)
 * and columns (RPE 10 down to 6) are one sequence read by reps to failure, reps + reps in reserve:
 * each extra rep and each half point of RPE moves one step, so the chart is that sequence at
 * 1, 1.5, 2 … 16 reps to failure. Between half steps it is read linearly; past 16 reps to failure,
 * where the chart ends, the last share falls off as Epley's 1 / (1 + r/30) does, which keeps the
 * curve continuous and falling.
 */
public final class StrengthCurve {

	/** Percent of 1RM at 1, 1.5, 2 … 16 reps to failure. */
	private static final double[] CHART = { 100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4,
			81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6,
			57.4 };

	/** Reps to failure where the chart ends. */
	static final double CHART_END = 1 + (CHART.length - 1) / 2.0;

	private StrengthCurve() {
	}

	/** Percent (0–100] of the one-rep max that can be lifted for {@code repsToFailure} reps. */
	public static double percentOfMax(double repsToFailure) {
		if (repsToFailure <= 1) {
			return 100.0;
		}
		if (repsToFailure >= CHART_END) {
			return CHART[CHART.length - 1] * (1 + CHART_END / 30) / (1 + repsToFailure / 30);
		}
		double index = 2 * (repsToFailure - 1);
		int below = (int) Math.floor(index);
		double fraction = index - below;
		return CHART[below] + fraction * (CHART[below + 1] - CHART[below]);
	}

	/** The RPE chart: percent of 1RM for {@code reps} at {@code rpe}. */
	public static double percentOfMax(int reps, double rpe) {
		return percentOfMax(reps + Effort.MAX_RPE - rpe);
	}

	/** The load that {@code reps} with {@code repsInReserve} left take, for a one-rep max, unrounded. */
	public static double load(double oneRepMax, int reps, double repsInReserve) {
		return oneRepMax * percentOfMax(reps + Math.max(0, repsInReserve)) / 100.0;
	}

	/** The load for {@code reps} at {@code rpe}, for a one-rep max, unrounded. */
	public static double loadAtRpe(double oneRepMax, int reps, double rpe) {
		return load(oneRepMax, reps, Effort.MAX_RPE - rpe);
	}

	/** The one-rep max a set implies: its load over its share of the max. */
	public static double oneRepMax(double weight, int reps, double repsInReserve) {
		return weight * 100.0 / percentOfMax(reps + Math.max(0, repsInReserve));
	}

}
