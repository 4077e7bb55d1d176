package io.repwise.ai.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Goal;
import io.repwise.ai.training.MovementPattern;
import io.repwise.ai.training.VolumeRange;

/** The week's slots while sets are being shifted between them. */
final class Allocation {

	final List<Slot> slots = new ArrayList<>();

	final Set<String> unreachable = new LinkedHashSet<>();

	/** Groups over the range only through other groups' exercises. */
	final Set<String> cannotTrim = new LinkedHashSet<>();

	final int dayCount;

	Allocation(int dayCount) {
		this.dayCount = dayCount;
	}

	List<Slot> slotsOf(int day) {
		return this.slots.stream().filter((slot) -> slot.day == day).toList();
	}

	/** Direct and indirect weekly sets per group. */
	Map<String, double[]> volume() {
		Map<String, double[]> volume = new LinkedHashMap<>();
		for (Slot slot : this.slots) {
			volume.computeIfAbsent(slot.exercise.muscleGroup(), (key) -> new double[2])[0] += slot.sets;
			for (String group : slot.exercise.indirectGroups()) {
				volume.computeIfAbsent(group, (key) -> new double[2])[1] += slot.sets * 0.5;
			}
		}
		return volume;
	}

	int daySets(int day) {
		return slotsOf(day).stream().mapToInt((slot) -> slot.sets).sum();
	}

	int minutes(int day, Goal goal) {
		double minutes = PlanGenerator.WARM_UP_MINUTES;
		for (Slot slot : slotsOf(day)) {
			minutes += slot.sets * Prescription.of(goal, slot.main).minutesPerSet();
		}
		return (int) Math.ceil(minutes);
	}

	int longestMinutes(Goal goal) {
		int longest = 0;
		for (int d = 0; d < this.dayCount; d++) {
			longest = Math.max(longest, minutes(d, goal));
		}
		return longest;
	}

	/**
	 * One more set for the group: on its least-loaded existing exercise that has room, else a new
	 * accessory on the lightest day that already trains the group (else the lightest day).
	 */
	boolean addSet(String group, List<Split.Day> templates, ExercisePicker picker, PlanInput input) {
		Slot best = null;
		for (Slot slot : this.slots) {
			if (group.equals(slot.exercise.muscleGroup()) && slot.sets < PlanGenerator.MAX_SETS_PER_EXERCISE
					&& (best == null || daySets(slot.day) < daySets(best.day)
							|| (daySets(slot.day) == daySets(best.day) && slot.sets < best.sets))) {
				best = slot;
			}
		}
		if (best != null) {
			best.sets++;
			return true;
		}
		for (MovementPattern pattern : PlanGenerator.TOP_UP.get(group)) {
			Exercise exercise = picker.next(pattern, false);
			if (exercise == null || !group.equals(exercise.muscleGroup())) {
				continue;
			}
			int day = lightestDay(group, templates);
			if (day < 0) {
				return false;
			}
			this.slots.add(new Slot(day, pattern, exercise, false, PlanGenerator.MIN_SETS_PER_EXERCISE));
			return true;
		}
		return false;
	}

	private int lightestDay(String group, List<Split.Day> templates) {
		int chosen = -1;
		boolean chosenTrainsGroup = false;
		for (int d = 0; d < this.dayCount; d++) {
			if (slotsOf(d).size() >= PlanGenerator.MAX_EXERCISES_PER_DAY) {
				continue;
			}
			boolean trainsGroup = templates.get(d).patterns().stream().anyMatch((p) -> group.equals(p.group()));
			if (chosen < 0 || (trainsGroup && !chosenTrainsGroup)
					|| (trainsGroup == chosenTrainsGroup && daySets(d) < daySets(chosen))) {
				chosen = d;
				chosenTrainsGroup = trainsGroup;
			}
		}
		return chosen;
	}

	/**
	 * One set fewer for the group: from its exercise with the most sets (dropping an accessory
	 * at the minimum), else from an exercise reaching it indirectly whose own group has sets to
	 * spare above its target.
	 */
	boolean removeSet(String group, Map<String, double[]> volume, Map<String, Integer> targets) {
		Slot most = null;
		Slot accessory = null;
		for (Slot slot : this.slots) {
			if (group.equals(slot.exercise.muscleGroup())) {
				if (most == null || slot.sets > most.sets) {
					most = slot;
				}
				if (!slot.main) {
					accessory = slot;
				}
			}
		}
		if (most != null && most.sets > PlanGenerator.MIN_SETS_PER_EXERCISE) {
			most.sets--;
			return true;
		}
		if (accessory != null) {
			this.slots.remove(accessory);
			return true;
		}
		Slot indirect = null;
		for (Slot slot : this.slots) {
			String own = slot.exercise.muscleGroup();
			double[] ownSets = volume.getOrDefault(own, new double[2]);
			boolean spare = ownSets[0] + ownSets[1] - 1 >= targets.getOrDefault(own, VolumeRange.MIN);
			if (slot.exercise.indirectGroups().contains(group) && slot.sets > PlanGenerator.MIN_SETS_PER_EXERCISE && spare
					&& (indirect == null || slot.sets > indirect.sets)) {
				indirect = slot;
			}
		}
		if (indirect != null) {
			indirect.sets--;
			return true;
		}
		return false;
	}

}
