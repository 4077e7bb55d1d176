package io.repwise.ai.plan;

import java.util.List;
import java.util.UUID;

/**
 * A generated training plan: the week's days, the weekly volume each muscle group gets against its
 * range, the week-by-week schedule with deloads, and why each choice was made.
 */
public record Plan(String split, String splitReason, String goal, String level, int daysPerWeek, int weeks,
		int sessionMinutes, int longestSessionMinutes, String weightUnit, List<Day> days, List<MuscleVolume> weeklyVolume,
		List<MuscleSets> perMuscle, List<Week> schedule, List<String> notes, List<String> rules) {

	public record Day(int day, String name, int sets, int estimatedMinutes, List<PlannedExercise> exercises) {
	}

	/**
	 * @param startLoad the first week's load in {@code weightUnit}, or {@code null} when there is no
	 * history to base it on ({@code loadReason} says how to find it)
	 */
	public record PlannedExercise(UUID exerciseId, String name, String pattern, String equipment, boolean main, int sets,
			int repMin, int repMax, double targetRpe, int restSeconds, Double startLoad, String loadReason,
			Progression progression, String why) {
	}

	/** The rule a saved routine progresses the exercise by (workout-service's rule types). */
	public record Progression(String type, double increment, int failuresBeforeDeload, double deloadPercent,
			String why) {
	}

	/** Weekly hard sets for a group: direct ones count 1, indirect ones ½. */
	public record MuscleVolume(String group, double sets, double direct, double indirect, int target, int rangeMin,
			int rangeMax, boolean focus, String status) {
	}

	/**
	 * A week of the plan on one muscle.
	 *
	 * @param status {@code BELOW}, {@code WITHIN} or {@code ABOVE} 10–20, or {@code NOT_TRAINED}
	 */
	public record MuscleSets(String muscle, String group, double setsPerWeek, String status) {
	}

	/** One week of the plan: how load, sets and effort compare with week 1. */
	public record Week(int week, String kind, double loadPercent, int setsPercent, double rpeChange, String note) {
	}

}
