package io.repwise.ai.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The weekly review: each part carries the figures it was worked out from and what they mean. */
public record Insights(LocalDate from, LocalDate to, int weeks, List<GroupVolume> weeklyVolume,
		List<MuscleVolume> muscleVolume, Consistency consistency, Habits habits, List<Plateau> plateaus,
		List<Balance> balance, Workload workload, List<String> rules) {

	/** Average weekly hard sets (indirect counting ½) against the 10–20 range. */
	public record GroupVolume(String group, double setsPerWeek, double lastWeek, int rangeMin, int rangeMax,
			String status, String advice) {
	}

	/**
	 * Average weekly hard sets for one muscle (1 for a primary muscle, ½ for a secondary one)
	 * against the 10–20 range; the six groups above are the roll-up.
	 *
	 * @param status {@code BELOW}, {@code WITHIN}, {@code ABOVE}, or {@code NOT_TRAINED} when no set reached it
	 */
	public record MuscleVolume(String muscle, String group, double setsPerWeek, double lastWeek, int rangeMin,
			int rangeMax, String status) {
	}

	public record Consistency(int workouts, double workoutsPerWeek, int weeksTrained, int currentWeekStreak,
			int longestWeekStreak, Integer daysSinceLastWorkout, String summary) {
	}

	/**
	 * @param bestTimeOfDay where sessions' e1RMs run highest relative to each exercise's best, or
	 * {@code null} when no part of the day has enough sessions or none stands out
	 */
	public record Habits(List<String> preferredDays, String preferredTimeOfDay, String bestTimeOfDay,
			List<TimeOfDayPerformance> performanceByTimeOfDay, String summary) {
	}

	/** @param relativeE1rm mean of session e1RM / the exercise's best in the window, in percent */
	public record TimeOfDayPerformance(String timeOfDay, int sessions, double relativeE1rm) {
	}

	public record Plateau(UUID exerciseId, String name, int sessions, double bestE1rm, LocalDate bestOn,
			int weeksSinceBest, String advice) {
	}

	/** @param ratio first ÷ second, over direct sets */
	public record Balance(String name, double first, double second, Double ratio, String status, String advice) {
	}

	/**
	 * Acute (7 days) and chronic (28-day weekly average) load in effort-weighted hard sets, and the
	 * ratio in its coupled, uncoupled and exponentially weighted forms ({@link AcuteChronicWorkload}).
	 * Ratios are {@code null} without four weeks of history.
	 * @param ratio coupled: acute ÷ (last 28 days ÷ 4)
	 * @param flag from {@code ratio}: {@code SPIKE} at 1.5 or more, {@code LOW} below 0.8, {@code STEADY} between
	 * @param uncoupledChronic days 8–28 ÷ 3, the acute week left out
	 * @param uncoupledRatio acute ÷ {@code uncoupledChronic}
	 * @param ewmaAcute exponentially weighted daily load over 7 days, as a week
	 * @param ewmaChronic the same over 28 days
	 * @param ewmaRatio {@code ewmaAcute} ÷ {@code ewmaChronic}
	 */
	public record Workload(double acute, double chronic, Double ratio, String flag, double uncoupledChronic,
			Double uncoupledRatio, double ewmaAcute, double ewmaChronic, Double ewmaRatio, String caveat) {
	}

}
