package io.repwise.workout.exercise;

import java.util.List;
import java.util.Map;

/**
 * One page of exercises, with facet counts: for each filterable field, how many exercises each
 * value would give with the other filters applied (so a client can show "Chest (84)").
 */
public record ExercisePage(List<ExerciseView> items, int page, int size, long totalItems, int totalPages,
		Map<String, Map<String, Long>> facets) {
}
