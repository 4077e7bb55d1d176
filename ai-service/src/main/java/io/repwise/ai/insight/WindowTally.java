package io.repwise.ai.insight;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.HardSets;
import io.repwise.training.Muscle;
import io.repwise.training.OneRepMax;

/**
 * What the weekly review counts, in one pass over the history: hard sets per group (direct, and
 * half for indirect work; cardio and stretching are not hard sets) in the window and its last week, push, pull, quadriceps and hamstring sets,
 * workouts by day and time of day, each session's best e1RM per exercise, and every week trained.
 */
final class WindowTally {

	final Map<String, double[]> groupSets = new LinkedHashMap<>();

	final Map<String, Double> lastWeek = new HashMap<>();

	/** Per muscle: credited sets in the window, and in its last week. */
	final Map<Muscle, double[]> muscleSets = new EnumMap<>(Muscle.class);

	double push;

	double pull;

	double quads;

	double hamstrings;

	int workouts;

	/** Mondays of every week trained, in the whole history (for streaks). */
	final Set<LocalDate> trainedWeeks = new TreeSet<>();

	final Map<DayOfWeek, Integer> days = new EnumMap<>(DayOfWeek.class);

	final Map<String, Integer> times = new LinkedHashMap<>();

	final List<InsightsCalculator.SessionBest> sessionBests = new ArrayList<>();

	private static final Set<String> UPPER_BODY = Set.of("CHEST", "BACK", "SHOULDERS", "ARMS");

	/** Counts the sessions that started in [windowStart, windowEnd); the last week starts at {@code lastWeekStart}. */
	static WindowTally of(TrainingHistory history, Map<UUID, Exercise> catalog, ZoneId zone, Instant windowStart,
			Instant windowEnd, Instant lastWeekStart) {
		WindowTally tally = new WindowTally();
		for (Session session : history.sessions()) {
			tally.trainedWeeks.add(InsightsCalculator.monday(session.startedAt(), zone));
			if (!session.startedAt().isBefore(windowStart) && session.startedAt().isBefore(windowEnd)) {
				tally.add(session, catalog, zone, !session.startedAt().isBefore(lastWeekStart));
			}
		}
		return tally;
	}

	private void add(Session session, Map<UUID, Exercise> catalog, ZoneId zone, boolean inLastWeek) {
		this.workouts++;
		ZonedDateTime local = session.startedAt().atZone(zone);
		this.days.merge(local.getDayOfWeek(), 1, Integer::sum);
		String timeOfDay = InsightsCalculator.timeOfDay(local.getHour());
		this.times.merge(timeOfDay, 1, Integer::sum);
		Map<UUID, Double> best = new HashMap<>();
		for (TrainingSet set : session.sets()) {
			Exercise exercise = catalog.get(set.exerciseId());
			if (exercise == null || !HardSets.counts(exercise.category())) {
				continue;
			}
			credit(exercise.muscleGroup(), 1, inLastWeek);
			for (String group : exercise.indirectGroups()) {
				credit(group, 0.5, inLastWeek);
			}
			Muscle.credits(exercise.primaryMuscles(), exercise.secondaryMuscles(), exercise.name(), exercise.force())
				.forEach((muscle, amount) -> {
					double[] sets = this.muscleSets.computeIfAbsent(muscle, (key) -> new double[2]);
					sets[0] += amount;
					if (inLastWeek) {
						sets[1] += amount;
					}
				});
			boolean upper = UPPER_BODY.contains(exercise.muscleGroup());
			if (upper && "PUSH".equals(exercise.force())) {
				this.push++;
			}
			else if (upper && "PULL".equals(exercise.force())) {
				this.pull++;
			}
			if (exercise.primaryMuscles().contains("quadriceps")) {
				this.quads++;
			}
			if (exercise.primaryMuscles().contains("hamstrings")) {
				this.hamstrings++;
			}
			OneRepMax.Estimate estimate = set.estimate();
			if (estimate != null) {
				best.merge(set.exerciseId(), estimate.value(), Math::max);
			}
		}
		best.forEach((exerciseId, e1rm) -> this.sessionBests.add(new InsightsCalculator.SessionBest(exerciseId,
				timeOfDay, e1rm)));
	}

	private void credit(String group, double amount, boolean inLastWeek) {
		this.groupSets.computeIfAbsent(group, (key) -> new double[1])[0] += amount;
		if (inLastWeek) {
			this.lastWeek.merge(group, amount, Double::sum);
		}
	}

}
