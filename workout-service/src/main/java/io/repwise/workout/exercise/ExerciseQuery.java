package io.repwise.workout.exercise;

import java.util.List;
import java.util.Set;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.training.MuscleGroups;

/**
 * What a client asks of the library: filters that combine (AND across fields, OR within the
 * equipment list), an optional text search, sorting and a page. Values are checked against the
 * library's vocabulary so a typo in a filter is a 400, not an empty page.
 */
record ExerciseQuery(String category, String muscleGroup, String muscle, String difficulty, List<String> equipment,
		String mechanic, String text, String sort, int page, int size) {

	static final Set<String> CATEGORIES = Set.of("STRENGTH", "CARDIO", "BODYWEIGHT", "FLEXIBILITY", "PLYOMETRIC");

	static final Set<String> MUSCLE_GROUPS = Set.of("CHEST", "BACK", "SHOULDERS", "ARMS", "LEGS", "CORE");

	static final Set<String> DIFFICULTIES = Set.of("BEGINNER", "INTERMEDIATE", "ADVANCED");

	static final Set<String> EQUIPMENT = Set.of("BARBELL", "EZ_BAR", "DUMBBELL", "BODYWEIGHT", "MACHINE", "CABLE",
			"KETTLEBELL", "BANDS", "MEDICINE_BALL", "EXERCISE_BALL", "FOAM_ROLL", "CARDIO_MACHINE", "OTHER");

	static final Set<String> MECHANICS = Set.of("COMPOUND", "ISOLATION");

	/** Longest search text; longer ones are refused before any query runs. */
	static final int MAX_TEXT_LENGTH = 100;

	static final Set<String> SORTS = Set.of("name", "-name", "difficulty", "-difficulty", "relevance");

	ExerciseQuery {
		category = checked("category", category, CATEGORIES);
		muscleGroup = checked("muscleGroup", muscleGroup, MUSCLE_GROUPS);
		difficulty = checked("difficulty", difficulty, DIFFICULTIES);
		mechanic = checked("mechanic", mechanic, MECHANICS);
		equipment = (equipment != null) ? equipment.stream().map((item) -> checked("equipment", item, EQUIPMENT)).toList()
				: List.of();
		muscle = blankToNull(muscle);
		if (muscle != null && MuscleGroups.of(muscle.trim()) == null) {
			throw new InvalidFieldException("muscle",
					"must name a library muscle: " + String.join(", ", MuscleGroups.muscles().stream().sorted().toList()));
		}
		muscle = (muscle != null) ? muscle.trim() : null;
		text = blankToNull(text);
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidFieldException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
		}
		sort = (sort == null || sort.isBlank()) ? ((text != null) ? "relevance" : "name") : sort;
		if (!SORTS.contains(sort)) {
			throw new InvalidFieldException("sort", "must be one of " + String.join(", ", SORTS));
		}
		if ("relevance".equals(sort) && text == null) {
			throw new InvalidFieldException("sort", "relevance needs a search text (q)");
		}
	}

	private static String checked(String field, String value, Set<String> allowed) {
		String normalized = blankToNull(value);
		if (normalized == null) {
			return null;
		}
		normalized = normalized.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (!allowed.contains(normalized)) {
			throw new InvalidFieldException(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return normalized;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
