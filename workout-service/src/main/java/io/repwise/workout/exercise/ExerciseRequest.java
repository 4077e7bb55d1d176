package io.repwise.workout.exercise;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new or changed exercise. Vocabulary fields (category, equipment, muscles…) are checked
 * against the library's terms by {@link ExerciseEditor}. {@code shared} asks for an exercise in
 * the shared library, which only administrators may write.
 */
record ExerciseRequest(@NotBlank @Size(min = 2, max = 120) String name, @NotBlank String category,
		@NotBlank String muscleGroup, @NotBlank String difficulty, @NotBlank String equipment, String mechanic,
		String force, @NotBlank String tracking, @DecimalMin("0.5") @DecimalMax("25") Double met,
		@NotEmpty @Size(max = 6) List<@NotNull String> primaryMuscles, @Size(max = 10) List<@NotNull String> secondaryMuscles,
		@Size(max = 20) List<@NotBlank @Size(max = 500) String> instructions, Boolean shared) {

	boolean isShared() {
		return Boolean.TRUE.equals(this.shared);
	}

}
