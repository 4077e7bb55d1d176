package io.repwise.workout.exercise;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

import io.repwise.training.MuscleGroups;

/**
 * Puts the library's vocabularies (the sets {@link ExerciseQuery} and {@link ExerciseEditor} check
 * against) into the OpenAPI document as enums, so the document cannot drift from what is accepted.
 * Values are matched ignoring case, spaces and hyphens; the document lists their canonical form.
 */
@Component
class ExerciseVocabularyDocs implements OpenApiCustomizer {

	private static final Map<String, Set<String>> TERMS = Map.of("category", ExerciseQuery.CATEGORIES, "muscleGroup",
			ExerciseQuery.MUSCLE_GROUPS, "difficulty", ExerciseQuery.DIFFICULTIES, "equipment", ExerciseQuery.EQUIPMENT,
			"mechanic", ExerciseQuery.MECHANICS, "force", ExerciseEditor.FORCES, "tracking", ExerciseEditor.TRACKING,
			"muscle", MuscleGroups.muscles(), "sort", ExerciseQuery.SORTS);

	@Override
	public void customise(OpenAPI api) {
		Schema<?> request = api.getComponents().getSchemas().get("ExerciseRequest");
		if (request != null) {
			request.getProperties().forEach((name, property) -> {
				Set<String> terms = TERMS.get(name);
				if (terms != null) {
					property.setEnum(sorted(terms));
				}
			});
			for (String muscles : List.of("primaryMuscles", "secondaryMuscles")) {
				request.getProperties().get(muscles).getItems().setEnum(sorted(MuscleGroups.muscles()));
			}
		}
		var search = api.getPaths().get("/api/v1/exercises");
		if (search != null && search.getGet() != null) {
			for (Parameter parameter : search.getGet().getParameters()) {
				Set<String> terms = TERMS.get(parameter.getName());
				Schema<?> schema = parameter.getSchema();
				if ("q".equals(parameter.getName())) {
					schema.setMaxLength(ExerciseQuery.MAX_TEXT_LENGTH);
				}
				else if (terms != null) {
					Schema<?> values = (schema.getItems() != null) ? schema.getItems() : schema;
					values.setEnum(sorted(terms));
				}
			}
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static List sorted(Set<String> terms) {
		return terms.stream().sorted().toList();
	}

}
