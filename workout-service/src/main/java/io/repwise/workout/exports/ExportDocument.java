package io.repwise.workout.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;

import io.repwise.workout.routine.RoutineArchive.RoutineSnapshot;
import io.repwise.workout.session.SetType;
import io.repwise.workout.session.WorkoutStatus;

/**
 * Everything of one lifter, as {@code GET /api/v1/exports?format=json} writes it and
 * {@code POST /api/v1/imports} reads it back (format {@code repwise-json}). Weights and distances
 * appear twice: in the lifter's units, to read, and as stored ({@code weightKg},
 * {@code distanceMetres}), so that a round trip through pounds loses nothing. Records are written
 * for reading; an import recomputes them from the workouts. The bounds are those of the API, so a
 * file edited by hand is refused at its preview, naming the field.
 *
 * @param format always {@value #FORMAT}
 * @param version {@value #VERSION}; a later version adds fields, never changes one
 * @param units the units the readable weights and distances are in
 * @param profile user-service's profile as it showed it, when it answered
 */
public record ExportDocument(@NotBlank String format, @NotNull @Min(1) @Max(VERSION) Integer version, Instant exportedAt,
		@Valid Units units, JsonNode profile, @Valid @Size(max = 20_000) List<@NotNull @Valid BodyWeight> bodyWeight,
		@Valid @Size(max = 300) List<@NotNull @Valid CustomExercise> customExercises,
		@Valid @Size(max = 50_000) List<@NotNull @Valid WorkoutRecord> workouts,
		@Valid @Size(max = 200) List<@NotNull @Valid RoutineSnapshot> routines, @Size(max = 100_000) List<@NotNull RecordRow> records,
		@Valid Plates plates, @Valid @Size(max = 20_000) List<@NotNull @Valid Soreness> soreness) {

	public static final String FORMAT = "repwise-export";

	public static final int VERSION = 1;

	public record Units(String weight, String distance) {
	}

	/** @param weightKg as stored; the import uses it */
	public record BodyWeight(@NotNull LocalDate measuredOn, Double weight, String unit,
			@NotNull @DecimalMin("25") @DecimalMax("400") Double weightKg, @Size(max = 200) String note) {
	}

	/** A private exercise, with everything needed to create it again. */
	public record CustomExercise(@NotNull UUID id, @NotBlank @Size(max = 120) String name, @NotBlank String category,
			@NotBlank String muscleGroup, @NotBlank String difficulty, @NotBlank String equipment, String mechanic,
			String force, @NotBlank String tracking, Double met, @Size(max = 6) List<@NotNull String> primaryMuscles,
			@Size(max = 10) List<@NotNull String> secondaryMuscles, @Size(max = 20) List<@NotNull @Size(max = 500) String> instructions) {
	}

	public record WorkoutRecord(UUID id, @NotBlank @Size(max = 120) String name, @Size(max = 2000) String notes,
			@NotNull Instant startedAt, Instant endedAt, @NotNull WorkoutStatus status, UUID routineId, UUID routineDayId,
			@Valid @Size(max = 40) List<@NotNull @Valid ExerciseRecord> exercises) {
	}

	/** @param exerciseId the library's id, or the id of one of {@code customExercises} */
	public record ExerciseRecord(@NotNull UUID exerciseId, @NotBlank @Size(max = 120) String exerciseName,
			@Min(1) @Max(20) Integer supersetGroup, @Size(max = 500) String notes,
			@Valid @Size(max = 50) List<@NotNull @Valid SetRecord> sets) {
	}

	/** {@code weight} and {@code distance} in the document's units; {@code weightKg} and {@code distanceMetres} as stored. */
	public record SetRecord(@NotNull SetType type, @Min(0) @Max(1000) Integer reps, Double weight,
			@PositiveOrZero @DecimalMax("1000") Double weightKg, @DecimalMin("1") @DecimalMax("10") Double rpe,
			@Min(0) @Max(10) Integer rir, @Min(0) @Max(86_400) Integer durationSeconds, Double distance,
			@PositiveOrZero @DecimalMax("1000000") Double distanceMetres, @Min(0) @Max(3_600) Integer restSeconds,
			@NotNull Boolean completed) {
	}

	/** A personal record as it stood at the export, for reading: an import recomputes records. */
	public record RecordRow(UUID exerciseId, String exerciseName, String kind, double value, String unit, Double weight,
			UUID workoutId, Instant achievedAt) {
	}

	public record Plates(@NotNull String unit, @NotNull @PositiveOrZero @DecimalMax("60") Double bar,
			@NotNull @Size(max = 20) List<@NotNull @Valid Plate> plates) {
	}

	public record Plate(@NotNull @DecimalMin("0.1") @DecimalMax("100") Double weight, @NotNull @Min(1) @Max(20) Integer pairs) {
	}

	/** @param soreness muscle to soreness 0–10 */
	public record Soreness(@NotNull Instant reportedAt, @NotNull @Size(min = 1, max = 19) Map<String, Integer> soreness) {
	}

}
