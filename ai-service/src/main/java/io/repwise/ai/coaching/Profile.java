package io.repwise.ai.coaching;

import java.util.Set;

/**
 * The training profile from user-service, as far as coaching reads it; any field may be unset.
 * Vocabularies are user-service's ({@code METRIC}, {@code BEGINNER}, {@code STRENGTH}, {@code BARBELL}, {@code CHEST}).
 */
public record Profile(String unitSystem, String experience, String goal, Integer trainingDaysPerWeek,
		Integer sessionMinutes, Set<String> equipment, Set<String> avoidMuscleGroups, String timeZone) {

	public static Profile empty() {
		return new Profile(null, null, null, null, null, Set.of(), Set.of(), null);
	}

}
