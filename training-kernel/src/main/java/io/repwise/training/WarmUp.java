package io.repwise.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A ramp of warm-up sets to a first working set: the empty bar for 10 where there is a bar, then
 * 40 % × 5, 60 % × 3 and 80 % × 2 of the working load, and 90 % × 1 before working sets of three
 * reps or fewer. Reps fall as the load rises so the ramp rehearses the lift without tiring it;
 * each load is rounded down to what the equipment carries, and a step that would repeat the one
 * before it, or reach the working load, is left out. The percentages are stated with each set so
 * a lifter can see, and change, what the ramp is.
 */
public final class WarmUp {

	private static final int[][] RAMP = { { 40, 5 }, { 60, 3 }, { 80, 2 } };

	private static final int[] HEAVY_SINGLE = { 90, 1 };

	/** Working sets of this many reps or fewer get the 90 % single too. */
	static final int HEAVY_REPS = 3;

	private WarmUp() {
	}

	/**
	 * @param percent of the working load; 0 for the empty bar
	 * @param load in the step's unit
	 */
	public record WarmUpSet(int percent, int reps, double load) {
	}

	/**
	 * @param workingLoad the first working set's load, in {@code step}'s unit
	 * @param step what the equipment carries; a minimum above zero is a bar
	 */
	public static List<WarmUpSet> ramp(double workingLoad, int workingReps, LoadStep step) {
		List<WarmUpSet> sets = new ArrayList<>();
		double previous = 0;
		boolean bar = step.minimum() > 0;
		if (bar && workingLoad > step.minimum() + 1e-9) {
			sets.add(new WarmUpSet(0, 10, step.minimum()));
			previous = step.minimum();
		}
		List<int[]> ramp = new ArrayList<>(List.of(RAMP));
		if (workingReps <= HEAVY_REPS) {
			ramp.add(HEAVY_SINGLE);
		}
		for (int[] percentAndReps : ramp) {
			double load = step.roundDown(workingLoad * percentAndReps[0] / 100.0);
			if (load > previous + 1e-9 && load < workingLoad - 1e-9) {
				sets.add(new WarmUpSet(percentAndReps[0], percentAndReps[1], load));
				previous = load;
			}
		}
		return List.copyOf(sets);
	}

}
