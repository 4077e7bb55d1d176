package io.repwise.workout.session;

import java.time.Instant;
import java.util.List;
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

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Request and response bodies of the workout API. Weights and distances are in the request's
 * units ({@code units} parameter or the token's preference); everything else is SI.
 */
final class WorkoutDtos {

	private WorkoutDtos() {
	}

	/** A whole workout: creates one, or replaces one's content when editing. */
	record WorkoutRequest(@NotBlank @Size(max = 120) @Schema(example = "Push day") String name,
			@Size(max = 2000) @Schema(example = "Felt strong; shoulder fine.") String notes, Instant startedAt,
			Instant endedAt, UUID routineDayId, @Valid @Size(max = 40) List<@NotNull @Valid EntryRequest> exercises) {

		List<EntryRequest> exercisesOrEmpty() {
			return (this.exercises != null) ? this.exercises : List.of();
		}

	}

	/** An exercise added to a workout, with any sets already done. */
	record EntryRequest(@NotNull UUID exerciseId, @Min(1) @Max(20) Integer supersetGroup, @Size(max = 500) String notes,
			@Valid @Size(max = 50) List<@NotNull @Valid SetRequest> sets) {

		List<SetRequest> setsOrEmpty() {
			return (this.sets != null) ? this.sets : List.of();
		}

	}

	/**
	 * One set. Bounds that do not depend on units are checked here; weight and distance caps are
	 * checked after conversion (see {@link SetLimits}).
	 */
	record SetRequest(SetType type, @Min(0) @Max(1000) @Schema(example = "5") Integer reps,
			@PositiveOrZero @Schema(maximum = "2204.62", example = "100",
					description = "In the request's units: at most 1000 kg (2204.62 lb).") Double weight,
			@DecimalMin("1") @DecimalMax("10") @Schema(example = "8") Double rpe, @Min(0) @Max(10) Integer rir,
			@Min(0) @Max(86_400) Integer durationSeconds,
			@PositiveOrZero @Schema(maximum = "1000", description = "km or mi in the request's units: at most 1000 km.") Double distance,
			@Min(0) @Max(3_600) @Schema(example = "180") Integer restSeconds, Boolean completed) {
	}

	record CompletionRequest(Instant endedAt) {
	}

	record UnitsView(String weight, String distance) {
	}

	record SetView(UUID id, SetType type, Integer reps, Double weight, Double rpe, Integer rir, Integer durationSeconds,
			Double distance, Integer restSeconds, boolean completed) {
	}

	record EntryView(UUID id, UUID exerciseId, String exerciseName, String tracking, Integer supersetGroup, String notes,
			List<SetView> sets) {
	}

	record WorkoutView(UUID id, String name, String notes, Instant startedAt, Instant endedAt, Long durationSeconds,
			WorkoutStatus status, UUID routineId, UUID routineDayId, UnitsView units, int completedSets, double volume,
			List<EntryView> exercises) {
	}

	/** A row of the workout list: enough to show it without loading every set. */
	record WorkoutSummaryView(UUID id, String name, Instant startedAt, Instant endedAt, WorkoutStatus status,
			int exerciseCount, int completedSets, double volume, String weightUnit) {
	}

	/** A record a completion set, as the client shows it ("new record: 120 kg"). */
	record NewRecordView(UUID exerciseId, String exerciseName, String kind, Double weight, double value, String unit,
			Double previousValue) {
	}

	record CompletionView(WorkoutView workout, List<NewRecordView> newRecords) {
	}

}
