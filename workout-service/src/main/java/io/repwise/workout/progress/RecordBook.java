package io.repwise.workout.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Works out an exercise's personal records from its whole history. Records are always derived,
 * never patched: completing, editing or deleting a workout re-runs this for the exercises it
 * touched, so a deleted set can never leave a record behind. A tie keeps the earlier set.
 */
public final class RecordBook {

	private RecordBook() {
	}

	public static List<PersonalRecord> compute(UUID exerciseId, List<PerformedSet> history) {
		List<PerformedSet> sets = history.stream()
			.filter(PerformedSet::counts)
			.sorted(Comparator.comparing(PerformedSet::performedAt).thenComparing(PerformedSet::setId))
			.toList();
		List<PersonalRecord> records = new ArrayList<>();
		List<PerformedSet> loaded = sets.stream().filter(PerformedSet::isLoaded).toList();
		best(loaded, PerformedSet::weightKg, RecordKind.HEAVIEST_WEIGHT, exerciseId).ifPresent(records::add);
		records.addAll(repsAtWeight(exerciseId, sets.stream().filter((set) -> set.reps() != null && set.reps() >= 1).toList()));
		best(loaded.stream().filter((set) -> set.estimate().reliable()).toList(), (set) -> set.estimate().value(),
				RecordKind.ESTIMATED_1RM, exerciseId)
			.ifPresent(records::add);
		sessionVolume(exerciseId, loaded).ifPresent(records::add);
		best(sets.stream().filter((set) -> set.distanceMetres() != null && set.distanceMetres() > 0).toList(),
				PerformedSet::distanceMetres, RecordKind.LONGEST_DISTANCE, exerciseId)
			.ifPresent(records::add);
		best(sets.stream().filter((set) -> set.paceSecondsPerKm() != null).toList(), PerformedSet::paceSecondsPerKm,
				RecordKind.FASTEST_PACE, exerciseId)
			.ifPresent(records::add);
		return records;
	}

	private static Optional<PersonalRecord> best(List<PerformedSet> chronological,
			Function<PerformedSet, Double> measure, RecordKind kind, UUID exerciseId) {
		PerformedSet best = null;
		double bestValue = 0;
		for (PerformedSet set : chronological) {
			double value = measure.apply(set);
			if (best == null || kind.beats(value, bestValue)) {
				best = set;
				bestValue = value;
			}
		}
		return Optional.ofNullable(best).map((set) -> record(exerciseId, kind, 0, measure.apply(set), set));
	}

	/**
	 * The Pareto front of weight and reps: at each weight the most reps (earliest on a tie), kept
	 * only where every heavier weight was lifted for fewer reps. 100 kg × 5 after 110 kg × 5 is
	 * no record; 100 kg × 8 is. Unloaded sets (push-ups) count at 0 kg, so they keep a best-reps record.
	 */
	private static List<PersonalRecord> repsAtWeight(UUID exerciseId, List<PerformedSet> chronological) {
		TreeMap<Double, PerformedSet> bestAtWeight = new TreeMap<>(Comparator.reverseOrder());
		for (PerformedSet set : chronological) {
			bestAtWeight.merge(loadOf(set), set, (current, candidate) -> candidate.reps() > current.reps() ? candidate : current);
		}
		List<PersonalRecord> front = new ArrayList<>();
		int mostRepsAtHeavier = 0;
		for (PerformedSet set : bestAtWeight.values()) {
			if (set.reps() > mostRepsAtHeavier) {
				front.add(record(exerciseId, RecordKind.REPS_AT_WEIGHT, loadOf(set), set.reps(), set));
				mostRepsAtHeavier = set.reps();
			}
		}
		return front;
	}

	private static double loadOf(PerformedSet set) {
		return (set.weightKg() != null) ? set.weightKg() : 0;
	}

	private static Optional<PersonalRecord> sessionVolume(UUID exerciseId, List<PerformedSet> chronological) {
		Map<UUID, Double> volumeByWorkout = new LinkedHashMap<>();
		Map<UUID, PerformedSet> firstSetOfWorkout = new LinkedHashMap<>();
		for (PerformedSet set : chronological) {
			volumeByWorkout.merge(set.workoutId(), set.volumeKg(), Double::sum);
			firstSetOfWorkout.putIfAbsent(set.workoutId(), set);
		}
		PersonalRecord best = null;
		for (Map.Entry<UUID, Double> entry : volumeByWorkout.entrySet()) {
			if (best == null || entry.getValue() > best.value()) {
				PerformedSet first = firstSetOfWorkout.get(entry.getKey());
				best = new PersonalRecord(exerciseId, RecordKind.SESSION_VOLUME, 0, round(entry.getValue()),
						entry.getKey(), null, first.performedAt());
			}
		}
		return Optional.ofNullable(best);
	}

	private static PersonalRecord record(UUID exerciseId, RecordKind kind, double weightKg, double value,
			PerformedSet set) {
		return new PersonalRecord(exerciseId, kind, weightKg, round(value), set.workoutId(), set.setId(),
				set.performedAt());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
