package io.repwise.ai.coaching;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.Goal;

/**
 * The training profile from user-service, as far as coaching reads it; any field may be unset.
 * Vocabularies are user-service's ({@code METRIC}, {@code BEGINNER}, {@code STRENGTH}, {@code BARBELL}, {@code CHEST}).
 */
public record Profile(String unitSystem, String experience, String goal, Integer trainingDaysPerWeek,
		Integer sessionMinutes, Set<String> equipment, Set<String> avoidMuscleGroups, String timeZone) {

	public static Profile empty() {
		return new Profile(null, null, null, null, null, Set.of(), Set.of(), null);
	}

	public Goal goalValue() {
		return parse(Goal.class, this.goal);
	}

	/** {@code null} when unset (or a level this version does not know). */
	public Experience level() {
		return parse(Experience.class, this.experience);
	}

	/** The equipment this version knows; empty when none is set. Unknown names enable nothing. */
	public Set<Equipment> equipmentOwned() {
		Set<Equipment> owned = new LinkedHashSet<>();
		if (this.equipment != null) {
			this.equipment.stream().map((name) -> parse(Equipment.class, name)).filter(Objects::nonNull).forEach(owned::add);
		}
		return owned;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
