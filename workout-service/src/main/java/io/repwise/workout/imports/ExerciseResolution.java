package io.repwise.workout.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.repwise.workout.exercise.ExerciseMatch;
import io.repwise.workout.exercise.ExerciseMatcher;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.imports.ImportPlan.PlannedEntry;

/**
 * Which exercise every entry of an import stands for. An entry of a Repwise export whose id this
 * lifter can use is that exercise; every other entry goes by its name ({@link ExerciseMatcher}),
 * and a name the library lacks becomes a new private exercise: as the export defined it, or
 * modelled on the closest library exercise.
 *
 * @param matches by name key ({@link ExerciseMatcher#key}), in the order the names first appear
 * @param usable the ids this lifter may use, for entries that carry one
 * @param definitions private exercises a Repwise export defines, by name key
 * @param sets how many sets each name key has in the file
 */
record ExerciseResolution(Map<String, ExerciseMatch> matches, Set<UUID> usable, Map<String, ExerciseView> definitions,
		Map<String, Integer> sets) {

	/** The exercise of this entry; {@code null} for one still to be created ({@code created} then has it). */
	UUID exerciseOf(PlannedEntry entry, Map<String, UUID> created) {
		if (entry.exerciseId() != null && this.usable.contains(entry.exerciseId())) {
			return entry.exerciseId();
		}
		return exerciseOf(entry.exerciseName(), created);
	}

	UUID exerciseOf(String name, Map<String, UUID> created) {
		String key = ExerciseMatcher.key(name);
		ExerciseMatch match = this.matches.get(key);
		return (match != null && match.exerciseId() != null) ? match.exerciseId() : created.get(key);
	}

	/** Names to be created as new private exercises, by key. */
	Map<String, ExerciseMatch> toCreate() {
		Map<String, ExerciseMatch> created = new LinkedHashMap<>();
		this.matches.forEach((key, match) -> {
			if (match.isNew()) {
				created.put(key, match);
			}
		});
		return created;
	}

	/** Whether the name is new and neither the file defines it nor any library exercise resembles it. */
	boolean needsChoice(String key) {
		ExerciseMatch match = this.matches.get(key);
		return match != null && match.isNew() && match.model() == null && !this.definitions.containsKey(key);
	}

	/** The names that {@link #needsChoice need a choice}: the lifter must choose an exercise for each. */
	List<String> needingChoice() {
		return this.matches.keySet().stream().filter(this::needsChoice).map((key) -> this.matches.get(key).name()).toList();
	}

	static Map<String, Integer> countSets(List<ImportPlan.PlannedWorkout> workouts) {
		Map<String, Integer> sets = new HashMap<>();
		for (ImportPlan.PlannedWorkout workout : workouts) {
			for (PlannedEntry entry : workout.entries()) {
				sets.merge(ExerciseMatcher.key(entry.exerciseName()), entry.sets().size(), Integer::sum);
			}
		}
		return sets;
	}

}
