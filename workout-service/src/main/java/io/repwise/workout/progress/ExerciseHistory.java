package io.repwise.workout.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.repwise.training.OneRepMax;

/**
 * An exercise's sessions, one per workout: the best set (highest estimated 1RM, else most reps),
 * the volume, and the estimate; and the strength gain between the first and last session.
 */
public final class ExerciseHistory {

	private ExerciseHistory() {
	}

	public record Session(UUID workoutId, Instant performedAt, PerformedSet bestSet, OneRepMax.Estimate estimate,
			double volumeKg, int sets) {
	}

	/**
	 * Change in estimated 1RM from the first to the last session with a reliable estimate.
	 * {@code null} when fewer than two such sessions exist.
	 */
	public record Gain(Instant from, Instant to, double startKg, double endKg, double changeKg, double percent) {
	}

	public static List<Session> sessions(List<PerformedSet> sets) {
		Map<UUID, List<PerformedSet>> byWorkout = new LinkedHashMap<>();
		sets.stream()
			.filter(PerformedSet::counts)
			.sorted(Comparator.comparing(PerformedSet::performedAt).thenComparing(PerformedSet::setId))
			.forEach((set) -> byWorkout.computeIfAbsent(set.workoutId(), (key) -> new ArrayList<>()).add(set));
		return byWorkout.entrySet().stream().map((entry) -> session(entry.getKey(), entry.getValue())).toList();
	}

	public static Gain gain(List<Session> sessions) {
		List<Session> estimated = sessions.stream()
			.filter((session) -> session.estimate() != null && session.estimate().reliable())
			.toList();
		if (estimated.size() < 2) {
			return null;
		}
		Session first = estimated.get(0);
		Session last = estimated.get(estimated.size() - 1);
		double start = first.estimate().value();
		double end = last.estimate().value();
		return new Gain(first.performedAt(), last.performedAt(), start, end, round(end - start),
				round((end - start) / start * 100));
	}

	private static Session session(UUID workoutId, List<PerformedSet> sets) {
		PerformedSet best = null;
		OneRepMax.Estimate bestEstimate = null;
		for (PerformedSet set : sets) {
			if (set.isLoaded()) {
				OneRepMax.Estimate estimate = set.estimate();
				if (bestEstimate == null || estimate.value() > bestEstimate.value()) {
					best = set;
					bestEstimate = estimate;
				}
			}
		}
		if (best == null) {
			best = sets.stream()
				.filter((set) -> set.reps() != null)
				.max(Comparator.comparing(PerformedSet::reps))
				.orElse(sets.get(0));
		}
		double volume = sets.stream().mapToDouble(PerformedSet::volumeKg).sum();
		return new Session(workoutId, sets.get(0).performedAt(), best, bestEstimate, round(volume), sets.size());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
