package io.repwise.ai.training;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.repwise.training.MuscleGroups;

/**
 * A library exercise as the coaching engine sees it. Vocabularies are workout-service's: category
 * ({@code STRENGTH}, {@code BODYWEIGHT}, …), muscle group, difficulty, equipment, mechanic, force,
 * tracking.
 */
public record Exercise(UUID id, String name, String category, String muscleGroup, String difficulty, String equipment,
		String mechanic, String force, String tracking, List<String> primaryMuscles, List<String> secondaryMuscles,
		boolean curated) {

	public Exercise {
		primaryMuscles = (primaryMuscles != null) ? List.copyOf(primaryMuscles) : List.of();
		secondaryMuscles = (secondaryMuscles != null) ? List.copyOf(secondaryMuscles) : List.of();
	}

	public boolean isCompound() {
		return "COMPOUND".equals(this.mechanic);
	}

	/** Lifted for sets of reps, loaded or not: what a strength plan can prescribe. */
	public boolean isResistance() {
		return ("STRENGTH".equals(this.category) || "BODYWEIGHT".equals(this.category))
				&& ("WEIGHT_REPS".equals(this.tracking) || "REPS".equals(this.tracking));
	}

	/**
	 * Groups other than the exercise's own that its secondary muscles belong to: a set counts
	 * half for each (a bench press is a chest set and half a set for shoulders and arms).
	 */
	public Set<String> indirectGroups() {
		Set<String> groups = new LinkedHashSet<>();
		for (String muscle : this.secondaryMuscles) {
			String group = MuscleGroups.of(muscle);
			if (group != null && !group.equals(this.muscleGroup)) {
				groups.add(group);
			}
		}
		return groups;
	}

	/** Every muscle and group the exercise loads, lower-cased, for exclusions. */
	public Set<String> involvedMusclesAndGroups() {
		Set<String> all = new LinkedHashSet<>();
		all.add(this.muscleGroup.toLowerCase(Locale.ROOT));
		this.primaryMuscles.forEach((muscle) -> all.add(muscle.toLowerCase(Locale.ROOT)));
		this.secondaryMuscles.forEach((muscle) -> all.add(muscle.toLowerCase(Locale.ROOT)));
		indirectGroups().forEach((group) -> all.add(group.toLowerCase(Locale.ROOT)));
		return all;
	}

	public MovementPattern pattern() {
		return MovementPattern.of(this);
	}

	public int difficultyRank() {
		return switch (this.difficulty) {
			case "BEGINNER" -> 0;
			case "INTERMEDIATE" -> 1;
			default -> 2;
		};
	}

}
