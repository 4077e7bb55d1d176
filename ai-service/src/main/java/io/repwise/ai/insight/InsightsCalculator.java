package io.repwise.ai.insight;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.repwise.ai.recovery.RecoveryModel;
import io.repwise.ai.training.Citations;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Rounding;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;
import io.repwise.ai.training.VolumeRange;
import io.repwise.training.HardSets;
import io.repwise.training.Muscle;
import io.repwise.training.MuscleGroups;

/**
 * Works out the weekly review, one method per insight, from one pass over the window's sets
 * ({@link WindowTally}) plus the last 28 days for the workload ratio and the whole history for
 * streaks, in the user's time zone; weeks start on Monday.
 */
public final class InsightsCalculator {

	/** A part of the day needs this many sessions before its performance is compared. */
	static final int MIN_SESSIONS_PER_TIME = 3;

	/** Performance differences smaller than this (percentage points) are noise. */
	static final double CLEAR_DIFFERENCE = 2.0;

	public Insights compute(TrainingHistory history, Map<UUID, Exercise> catalog, Instant now, ZoneId zone, int weeks) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		// The window: the last `weeks` full weeks before this one.
		LocalDate from = thisMonday.minusWeeks(weeks);
		Instant windowStart = from.atStartOfDay(zone).toInstant();
		Instant windowEnd = thisMonday.atStartOfDay(zone).toInstant();
		Instant lastWeekStart = thisMonday.minusWeeks(1).atStartOfDay(zone).toInstant();
		WindowTally tally = WindowTally.of(history, catalog, zone, windowStart, windowEnd, lastWeekStart);
		return new Insights(from, thisMonday.minusDays(1), weeks, weeklyVolume(tally, weeks), muscleVolume(tally, weeks),
				consistency(history, tally.trainedWeeks, tally.workouts, weeks, thisMonday, now, zone),
				habits(tally.days, tally.times, tally.sessionBests), plateaus(history, catalog, now, zone),
				List.of(balance("PUSH_PULL", "push", tally.push, "pull", tally.pull),
						balance("QUADS_HAMSTRINGS", "quadriceps", tally.quads, "hamstrings", tally.hamstrings)),
				workload(history, catalog, now), List.of(Citations.WEEKLY_VOLUME, Citations.MUSCLE_VOLUME, Citations.BALANCE, Citations.ACWR,
						Citations.E1RM));
	}

	/** Hard sets per group and week in the window, against the productive range of 10 to 20. */
	static List<Insights.GroupVolume> weeklyVolume(WindowTally tally, int weeks) {
		List<Insights.GroupVolume> volume = new ArrayList<>();
		for (String group : MuscleGroups.GROUPS) {
			double perWeek = Rounding.round(tally.groupSets.getOrDefault(group, new double[1])[0] / weeks, 1);
			String status = (perWeek < VolumeRange.MIN) ? "BELOW" : (perWeek > VolumeRange.MAX) ? "ABOVE" : "WITHIN";
			String advice = switch (status) {
				case "BELOW" -> "about " + (int) Math.ceil(VolumeRange.MIN - perWeek) + " more hard sets a week would reach the "
						+ "range where most growth happens";
				case "ABOVE" -> "past 20 sets a week returns flatten while fatigue keeps rising; a few sets fewer lose little";
				default -> "inside the productive range";
			};
			volume.add(new Insights.GroupVolume(group, perWeek, Rounding.round(tally.lastWeek.getOrDefault(group, 0.0), 1),
					VolumeRange.MIN, VolumeRange.MAX, status, advice));
		}
		return volume;
	}

	/** Hard sets per muscle and week in the window, against the same 10 to 20. */
	static List<Insights.MuscleVolume> muscleVolume(WindowTally tally, int weeks) {
		List<Insights.MuscleVolume> volume = new ArrayList<>();
		for (Muscle muscle : Muscle.values()) {
			double[] sets = tally.muscleSets.getOrDefault(muscle, new double[2]);
			double perWeek = Rounding.round(sets[0] / weeks, 1);
			String status = (sets[0] == 0) ? "NOT_TRAINED" : (perWeek < VolumeRange.MIN) ? "BELOW"
					: (perWeek > VolumeRange.MAX) ? "ABOVE" : "WITHIN";
			volume.add(new Insights.MuscleVolume(muscle.name(), muscle.group(), perWeek, Rounding.round(sets[1], 1),
					VolumeRange.MIN, VolumeRange.MAX, status));
		}
		return volume;
	}

	static String timeOfDay(int hour) {
		if (hour >= 5 && hour < 11) {
			return "MORNING";
		}
		if (hour >= 11 && hour < 14) {
			return "MIDDAY";
		}
		if (hour >= 14 && hour < 18) {
			return "AFTERNOON";
		}
		if (hour >= 18 && hour < 22) {
			return "EVENING";
		}
		return "NIGHT";
	}

	static LocalDate monday(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static Insights.Consistency consistency(TrainingHistory history, Set<LocalDate> trainedWeeks, int workouts, int weeks,
			LocalDate thisMonday, Instant now, ZoneId zone) {
		int inWindow = 0;
		for (int w = 1; w <= weeks; w++) {
			inWindow += trainedWeeks.contains(thisMonday.minusWeeks(w)) ? 1 : 0;
		}
		// The current streak counts back from this week, or from last week while this one is still open.
		int current = 0;
		LocalDate week = trainedWeeks.contains(thisMonday) ? thisMonday : thisMonday.minusWeeks(1);
		while (trainedWeeks.contains(week)) {
			current++;
			week = week.minusWeeks(1);
		}
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (LocalDate trained : trainedWeeks) {
			run = (previous != null && previous.plusWeeks(1).equals(trained)) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = trained;
		}
		Integer daysSince = history.isEmpty() ? null
				: (int) ChronoUnit.DAYS.between(history.sessions().get(history.sessions().size() - 1)
					.startedAt()
					.atZone(zone)
					.toLocalDate(), now.atZone(zone).toLocalDate());
		double perWeek = Rounding.round(workouts / (double) weeks, 1);
		String summary = "Trained in " + inWindow + " of the last " + weeks + " weeks, " + perWeek + " workouts a week; "
				+ ((current > 0) ? "a " + current + "-week streak" : "no current weekly streak") + " (longest " + longest
				+ ").";
		return new Insights.Consistency(workouts, perWeek, inWindow, current, longest, daysSince, summary);
	}

	/**
	 * Preferred days and time of day by count; performance by time of day as the mean of each
	 * session's e1RM over that exercise's best in the window, for exercises done at least twice.
	 */
	static Insights.Habits habits(Map<DayOfWeek, Integer> days, Map<String, Integer> times,
			List<SessionBest> sessionBests) {
		List<String> preferredDays = days.entrySet()
			.stream()
			.sorted(Map.Entry.<DayOfWeek, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(2)
			.map((entry) -> entry.getKey().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
			.toList();
		String preferredTime = times.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		Map<UUID, Double> bestOf = new HashMap<>();
		Map<UUID, Integer> countOf = new HashMap<>();
		for (SessionBest best : sessionBests) {
			bestOf.merge(best.exerciseId(), best.e1rm(), Math::max);
			countOf.merge(best.exerciseId(), 1, Integer::sum);
		}
		Map<String, double[]> byTime = new LinkedHashMap<>();
		for (SessionBest best : sessionBests) {
			if (countOf.get(best.exerciseId()) >= 2) {
				double[] sum = byTime.computeIfAbsent(best.timeOfDay(), (key) -> new double[2]);
				sum[0] += 100 * best.e1rm() / bestOf.get(best.exerciseId());
				sum[1]++;
			}
		}
		List<Insights.TimeOfDayPerformance> performance = new ArrayList<>();
		byTime.forEach((time, sum) -> performance
			.add(new Insights.TimeOfDayPerformance(time, (int) sum[1], Rounding.round(sum[0] / sum[1], 1))));
		List<Insights.TimeOfDayPerformance> comparable = performance.stream()
			.filter((p) -> p.sessions() >= MIN_SESSIONS_PER_TIME)
			.sorted((a, b) -> Double.compare(b.relativeE1rm(), a.relativeE1rm()))
			.toList();
		String bestTime = null;
		String performanceNote;
		if (comparable.size() < 2) {
			performanceNote = " Not enough sessions at different times of day to compare performance.";
		}
		else if (comparable.get(0).relativeE1rm() - comparable.get(1).relativeE1rm() >= CLEAR_DIFFERENCE) {
			bestTime = comparable.get(0).timeOfDay();
			performanceNote = " Lifts run strongest in the " + bestTime.toLowerCase(Locale.ROOT) + " ("
					+ comparable.get(0).relativeE1rm() + " % of your bests against " + comparable.get(1).relativeE1rm()
					+ " %); other things, such as which lifts fall at which time, may play a part.";
		}
		else {
			performanceNote = " Performance does not differ by more than " + CLEAR_DIFFERENCE
					+ " points between times of day.";
		}
		String summary = preferredDays.isEmpty() ? "No workouts in the window."
				: "Mostly " + String.join(" and ", preferredDays)
						+ ((preferredTime != null) ? ", in the " + preferredTime.toLowerCase(Locale.ROOT) : "") + "."
						+ performanceNote;
		return new Insights.Habits(preferredDays, preferredTime, bestTime, performance, summary);
	}

	/** One exercise's best e1RM in one session, and when in the day the session was. */
	record SessionBest(UUID exerciseId, String timeOfDay, double e1rm) {
	}

	/** Exercises trained in the last 12 weeks whose last three sessions did not beat the best before them. */
	static List<Insights.Plateau> plateaus(TrainingHistory history, Map<UUID, Exercise> catalog, Instant now,
			ZoneId zone) {
		Instant since = now.minus(Duration.ofDays(84));
		Set<UUID> recent = new java.util.LinkedHashSet<>();
		for (Session session : history.sessions()) {
			if (!session.startedAt().isBefore(since)) {
				session.sets().forEach((set) -> recent.add(set.exerciseId()));
			}
		}
		List<Insights.Plateau> plateaus = new ArrayList<>();
		for (UUID exerciseId : recent) {
			List<TrainingHistory.ExerciseSession> sessions = history.of(exerciseId)
				.stream()
				.filter((s) -> !s.date().isBefore(since))
				.toList();
			if (sessions.size() < 4) {
				continue;
			}
			List<TrainingHistory.ExerciseSession> before = sessions.subList(0, sessions.size() - 3);
			double lastBest = sessions.subList(sessions.size() - 3, sessions.size())
				.stream()
				.mapToDouble(TrainingHistory.ExerciseSession::bestE1rm)
				.max()
				.orElse(0);
			TrainingHistory.ExerciseSession best = before.stream()
				.max((a, b) -> Double.compare(a.bestE1rm(), b.bestE1rm()))
				.orElseThrow();
			if (lastBest <= best.bestE1rm()) {
				Exercise exercise = catalog.get(exerciseId);
				int weeksSince = (int) (Duration.between(best.date(), now).toDays() / 7);
				plateaus.add(new Insights.Plateau(exerciseId, (exercise != null) ? exercise.name() : null, sessions.size(),
						Rounding.round(best.bestE1rm(), 1), best.date().atZone(zone).toLocalDate(), weeksSince,
						"no e1RM gain in the last 3 sessions; see /api/v1/ai/progression/" + exerciseId
								+ " for a deload or a new rep range"));
			}
		}
		return plateaus;
	}

	static Insights.Balance balance(String name, String firstName, double first, String secondName, double second) {
		if (first + second == 0) {
			return new Insights.Balance(name, 0, 0, null, "NO_DATA", "no " + firstName + " or " + secondName + " sets in the window");
		}
		if (second == 0) {
			return new Insights.Balance(name, first, 0, null, "ONLY_" + firstName.toUpperCase(Locale.ROOT),
					"only " + firstName + " work: add " + secondName + " work");
		}
		double ratio = Rounding.round(first / second, 2);
		String status = (ratio > 1.5) ? firstName.toUpperCase(Locale.ROOT) + "_HEAVY"
				: (ratio < 2.0 / 3) ? secondName.toUpperCase(Locale.ROOT) + "_HEAVY" : "BALANCED";
		String advice = status.equals("BALANCED") ? "within 2:3–3:2"
				: "more " + ((ratio > 1.5) ? secondName : firstName) + " sets would even it out";
		return new Insights.Balance(name, first, second, ratio, status, advice);
	}

	/**
	 * Load in effort-weighted hard sets (see {@link RecoveryModel#effort}), in three forms of the
	 * acute:chronic ratio ({@link AcuteChronicWorkload}). Needs history reaching back 28 days.
	 */
	static Insights.Workload workload(TrainingHistory history, Map<UUID, Exercise> catalog, Instant now) {
		double[] daily = new double[AcuteChronicWorkload.DAYS];
		for (Session session : history.sessions()) {
			long daysAgo = Duration.between(session.startedAt(), now).toHours() / 24;
			if (session.startedAt().isAfter(now) || daysAgo >= daily.length) {
				continue;
			}
			for (TrainingSet set : session.sets()) {
				Exercise exercise = catalog.get(set.exerciseId());
				if (exercise != null && HardSets.counts(exercise.category())) {
					daily[(int) daysAgo] += RecoveryModel.effort(set);
				}
			}
		}
		boolean longEnough = !history.isEmpty()
				&& !history.sessions().get(0).startedAt().isAfter(now.minus(Duration.ofDays(28)));
		return AcuteChronicWorkload.of(daily, longEnough);
	}

}
