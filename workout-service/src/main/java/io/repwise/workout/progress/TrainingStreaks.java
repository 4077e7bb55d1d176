package io.repwise.workout.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Streaks of training weeks (Monday to Sunday with at least one completed workout) and of
 * training days. A streak is still current while its last week (or day) is this one or the one
 * before: nobody loses a weekly streak on Monday morning.
 */
public final class TrainingStreaks {

	private TrainingStreaks() {
	}

	public record Streaks(int currentWeeks, int longestWeeks, int currentDays, int longestDays) {
	}

	public static Streaks of(Collection<LocalDate> trainingDays, LocalDate today) {
		TreeSet<LocalDate> days = new TreeSet<>(trainingDays);
		TreeSet<LocalDate> weeks = new TreeSet<>();
		days.forEach((day) -> weeks.add(weekOf(day)));
		int[] weekly = runs(weeks, 7, weekOf(today));
		int[] daily = runs(days, 1, today);
		return new Streaks(weekly[0], weekly[1], daily[0], daily[1]);
	}

	/** Monday of the ISO week holding {@code day}. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** {current, longest} run of dates {@code step} days apart; current if it reaches {@code now} or one step before. */
	private static int[] runs(TreeSet<LocalDate> dates, int step, LocalDate now) {
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (LocalDate date : dates) {
			run = (previous != null && ChronoUnit.DAYS.between(previous, date) == step) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = date;
		}
		boolean alive = previous != null && ChronoUnit.DAYS.between(previous, now) <= step;
		return new int[] { alive ? run : 0, longest };
	}

}
