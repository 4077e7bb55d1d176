package io.repwise.workout.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseMatch;
import io.repwise.workout.exercise.ExerciseMatcher;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.exports.ExportDocument;
import io.repwise.workout.exports.ExportDocument.CustomExercise;
import io.repwise.workout.imports.ImportDtos.Choice;
import io.repwise.workout.imports.ImportPlan.PlannedEntry;
import io.repwise.workout.imports.ImportPlan.PlannedWorkout;

/** Works out an {@link ExerciseResolution} for a plan, with the lifter's own choices when they made some. */
@Component
class ExerciseResolver {

	private final ExerciseMatcher matcher;

	private final ExerciseCatalog catalog;

	ExerciseResolver(ExerciseMatcher matcher, ExerciseCatalog catalog) {
		this.matcher = matcher;
		this.catalog = catalog;
	}

	ExerciseResolution resolve(UUID owner, ImportPlan plan, List<Choice> choices) {
		Set<UUID> referenced = new LinkedHashSet<>();
		plan.workouts().forEach((workout) -> workout.entries().forEach((entry) -> {
			if (entry.exerciseId() != null) {
				referenced.add(entry.exerciseId());
			}
		}));
		ExportDocument document = plan.document();
		Map<UUID, String> routineNames = new LinkedHashMap<>();
		if (document != null && document.routines() != null) {
			document.routines()
				.forEach((routine) -> routine.days()
					.forEach((day) -> day.exercises()
						.forEach((p) -> routineNames.putIfAbsent(p.exerciseId(), p.exerciseName()))));
			referenced.addAll(routineNames.keySet());
		}
		Set<UUID> usable = this.catalog.findAll(referenced, owner).keySet();
		Map<String, ExerciseView> definitions = definitions(document);
		// Names needing a match: every entry without a usable id, and routine exercises likewise.
		Set<String> names = new LinkedHashSet<>();
		for (PlannedWorkout workout : plan.workouts()) {
			for (PlannedEntry entry : workout.entries()) {
				if (entry.exerciseId() == null || !usable.contains(entry.exerciseId())) {
					names.add(entry.exerciseName());
				}
			}
		}
		routineNames.forEach((id, name) -> {
			if (!usable.contains(id)) {
				names.add((name != null) ? name : nameOfDefinition(document, id));
			}
		});
		names.remove(null);
		Map<String, ExerciseMatch> matches = new LinkedHashMap<>();
		Map<String, String> firstSpelling = new LinkedHashMap<>();
		names.forEach((name) -> firstSpelling.putIfAbsent(ExerciseMatcher.key(name), name));
		this.matcher.match(owner, firstSpelling.values()).forEach((name, match) -> {
			String key = ExerciseMatcher.key(name);
			// A private exercise the export defines is that exercise: the lifter's own of the same
			// name, else created as defined; never a library exercise that merely looks alike.
			boolean defined = definitions.containsKey(key);
			matches.put(key, (defined && match.kind() != ExerciseMatch.Kind.EXACT) ? match.asNew() : match);
		});
		applyChoices(owner, matches, choices);
		return new ExerciseResolution(matches, usable, definitions, ExerciseResolution.countSets(plan.workouts()));
	}

	/** The lifter's choices replace the matches of the names they name; a name not in the file is a 400. */
	private void applyChoices(UUID owner, Map<String, ExerciseMatch> matches, List<Choice> choices) {
		if (choices == null || choices.isEmpty()) {
			return;
		}
		Set<UUID> chosenIds = new LinkedHashSet<>();
		choices.forEach((choice) -> {
			if (choice.exerciseId() != null) {
				chosenIds.add(choice.exerciseId());
			}
			if (choice.newExerciseLike() != null) {
				chosenIds.add(choice.newExerciseLike());
			}
		});
		Map<UUID, ExerciseView> chosen = this.catalog.findAll(chosenIds, owner);
		for (int i = 0; i < choices.size(); i++) {
			Choice choice = choices.get(i);
			String field = "exercises[" + i + "]";
			ExerciseMatch match = matches.get(ExerciseMatcher.key(choice.name()));
			if (match == null) {
				throw new InvalidFieldException(field + ".name", "is not an exercise name of this file that needs matching");
			}
			if ((choice.exerciseId() == null) == (choice.newExerciseLike() == null)) {
				throw new InvalidFieldException(field, "give either exerciseId or newExerciseLike");
			}
			UUID id = (choice.exerciseId() != null) ? choice.exerciseId() : choice.newExerciseLike();
			ExerciseView exercise = chosen.get(id);
			if (exercise == null) {
				throw new InvalidFieldException(field + ((choice.exerciseId() != null) ? ".exerciseId" : ".newExerciseLike"),
						"no exercise with this id");
			}
			matches.put(ExerciseMatcher.key(choice.name()),
					(choice.exerciseId() != null) ? match.chosen(exercise) : match.newLike(exercise));
		}
	}

	private static Map<String, ExerciseView> definitions(ExportDocument document) {
		if (document == null || document.customExercises() == null) {
			return Map.of();
		}
		Map<String, ExerciseView> definitions = new HashMap<>();
		for (CustomExercise custom : document.customExercises()) {
			definitions.putIfAbsent(ExerciseMatcher.key(custom.name()),
					new ExerciseView(custom.id(), custom.name().trim(), custom.category(), custom.muscleGroup(),
							custom.difficulty(), custom.equipment(), custom.mechanic(), custom.force(), custom.tracking(),
							custom.met(), nonNull(custom.primaryMuscles()), nonNull(custom.secondaryMuscles()),
							nonNull(custom.instructions()), true));
		}
		return definitions;
	}

	private static String nameOfDefinition(ExportDocument document, UUID id) {
		if (document.customExercises() == null) {
			return null;
		}
		return document.customExercises()
			.stream()
			.filter((custom) -> custom.id().equals(id))
			.map(CustomExercise::name)
			.findFirst()
			.orElse(null);
	}

	private static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
