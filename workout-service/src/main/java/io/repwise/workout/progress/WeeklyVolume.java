package io.repwise.workout.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.repwise.training.MuscleGroups;
import io.repwise.training.HardSets;

/**
 * Hard sets and tonnage per week, in total and per muscle group. A set counts fully for the
 * exercise's own group and half for each other group its secondary muscles belong to, the usual
 * way of crediting indirect work (a bench press is a chest set and half a set for the arms and
 * the shoulders). Only hard sets count ({@link HardSets}): cardio and stretching do not.
 */
public final class WeeklyVolume {

	private WeeklyVolume() {
	}

	/** A counted set with its exercise's library category and the groups it trains. */
	public record TrainedSet(PerformedSet set, String category, String muscleGroup, Collection<String> secondaryMuscles) {
	}

	public record GroupVolume(double sets, double volumeKg) {
	}

	public record Week(LocalDate weekStart, int sets, double volumeKg, Map<String, GroupVolume> muscleGroups) {
	}

	public static List<Week> of(List<TrainedSet> sets, ZoneId zone, LocalDate firstWeek, LocalDate lastWeek) {
		TreeMap<LocalDate, Accumulator> weeks = new TreeMap<>();
		for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
			weeks.put(week, new Accumulator());
		}
		for (TrainedSet trained : sets) {
			if (!trained.set().counts() || !HardSets.counts(trained.category())) {
				continue;
			}
			LocalDate week = TrainingStreaks.weekOf(LocalDate.ofInstant(trained.set().performedAt(), zone));
			Accumulator accumulator = weeks.get(week);
			if (accumulator != null) {
				accumulator.add(trained);
			}
		}
		return weeks.entrySet()
			.stream()
			.map((entry) -> entry.getValue().toWeek(entry.getKey()))
			.toList();
	}

	private static final class Accumulator {

		private int sets;

		private double volumeKg;

		private final Map<String, double[]> groups = new TreeMap<>();

		void add(TrainedSet trained) {
			double volume = trained.set().volumeKg();
			this.sets++;
			this.volumeKg += volume;
			credit(trained.muscleGroup(), 1.0, volume);
			Set<String> indirect = new LinkedHashSet<>();
			for (String muscle : trained.secondaryMuscles()) {
				String group = MuscleGroups.of(muscle);
				if (group != null && !group.equals(trained.muscleGroup())) {
					indirect.add(group);
				}
			}
			indirect.forEach((group) -> credit(group, 0.5, volume * 0.5));
		}

		private void credit(String group, double sets, double volume) {
			double[] totals = this.groups.computeIfAbsent(group, (key) -> new double[2]);
			totals[0] += sets;
			totals[1] += volume;
		}

		Week toWeek(LocalDate start) {
			Map<String, GroupVolume> byGroup = new LinkedHashMap<>();
			this.groups.forEach((group, totals) -> byGroup.put(group, new GroupVolume(totals[0], round(totals[1]))));
			return new Week(start, this.sets, round(this.volumeKg), byGroup);
		}

	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
