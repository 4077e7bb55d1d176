package io.repwise.ai.plan;

import java.util.ArrayList;
import java.util.List;

import io.repwise.ai.training.Experience;

/**
 * The week-by-week shape of a plan: blocks of build weeks, each adding 2.5 % load and ½ RPE (at most
 * +1), closed by a deload week at half the sets and 90 % of the load. Beginners, who recover from
 * and adapt to smaller doses, build for five weeks before a deload; others for three.
 */
final class Schedule {

	static final double LOAD_STEP_PERCENT = 2.5;

	private Schedule() {
	}

	static int blockLength(Experience experience) {
		return (experience == Experience.BEGINNER) ? 6 : 4;
	}

	static List<Plan.Week> weeks(Experience experience, int weeks) {
		int block = blockLength(experience);
		List<Plan.Week> schedule = new ArrayList<>();
		double previousLoad = 100;
		for (int week = 1; week <= weeks; week++) {
			int blockIndex = (week - 1) / block;
			int inBlock = (week - 1) % block;
			boolean deload = inBlock == block - 1;
			if (deload) {
				double load = Math.round(previousLoad * 0.9 * 10) / 10.0;
				schedule.add(new Plan.Week(week, "DELOAD", load, 50, -2,
						"recover: half the sets at 90 % of last week's load, 2 RPE easier"));
			}
			else {
				double load = 100 + LOAD_STEP_PERCENT * (blockIndex + inBlock);
				double rpe = Math.min(1, 0.5 * inBlock);
				schedule.add(new Plan.Week(week, "BUILD", load, 100, rpe,
						(week == 1) ? "baseline: the loads and targets as listed"
								: "add " + io.repwise.ai.training.Rounding.label(load - 100) + " % to week 1's loads"));
				previousLoad = load;
			}
		}
		return schedule;
	}

}
