package io.repwise.workout.routine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import io.repwise.workout.routine.Routine.Goal;
import io.repwise.workout.routine.Routine.Level;
import io.repwise.workout.routine.progression.ProgressionRule;

/** Request and response bodies of the routine API; loads are in the request's units. */
final class RoutineDtos {

	private RoutineDtos() {
	}

	/** @param deloadEveryWeeks schedules a deload week every 2–12 weeks since activation; omitted for none */
	record RoutineRequest(@NotBlank @Size(max = 120) @Schema(example = "Upper/lower, 4 days") String name, @Size(max = 2000) String description,
			@NotNull Goal goal, @NotNull Level level, @NotNull @Min(1) @Max(7) Integer daysPerWeek,
			@Min(2) @Max(12) Integer deloadEveryWeeks,
			@NotEmpty @Size(max = 7) @Valid List<@NotNull @Valid DayRequest> days) {
	}

	record DayRequest(@NotBlank @Size(max = 80) @Schema(example = "Upper A") String name,
			@NotEmpty @Size(max = 20) @Valid List<@NotNull @Valid PrescriptionRequest> exercises) {
	}

	/**
	 * @param startWeight the first session's load, in the request's units; leave it out to let the
	 * first logged session set it
	 * @param startReps the reps the first session aims for, within the range; the bottom of it when
	 * left out (a start weight worked out for the top of the range says so here)
	 * @param rule progression rule; double progression by 2.5 kg when left out
	 */
	record PrescriptionRequest(@NotNull UUID exerciseId, @Min(1) @Max(20) Integer supersetGroup,
			@NotNull @Min(1) @Max(20) Integer sets, @NotNull @Min(1) @Max(100) Integer repMin,
			@NotNull @Min(1) @Max(100) Integer repMax, @DecimalMin("1") @DecimalMax("10") Double targetRpe,
			@DecimalMin("30") @DecimalMax("110") Double percentOf1rm, @Min(0) @Max(3600) Integer restSeconds,
			@PositiveOrZero @Schema(maximum = "2204.62", example = "60",
					description = "In the request's units: at most 1000 kg (2204.62 lb).") Double startWeight,
			@Min(1) @Max(100) Integer startReps, @Valid RuleRequest rule) {
	}

	/** A progression rule as typed; which fields apply depends on {@code type}. */
	record RuleRequest(@NotNull RuleType type, @DecimalMin("0") @DecimalMax("50") Double increment,
			@Min(1) @Max(10) Integer failuresBeforeDeload, @DecimalMin("0") @DecimalMax("50") Double deloadPercent,
			@Size(min = 1, max = 12) @Valid List<@NotNull @Valid WaveStepRequest> steps) {
	}

	enum RuleType {

		LINEAR, DOUBLE_PROGRESSION, PERCENTAGE_WAVE

	}

	record WaveStepRequest(@NotNull @DecimalMin("30") @DecimalMax("110") Double percent,
			@NotNull @Min(1) @Max(20) Integer sets, @NotNull @Min(1) @Max(30) Integer reps) {
	}

	record RatingRequest(@NotNull @Min(1) @Max(5) Integer stars) {
	}

	record RatingView(UUID routineId, int yourStars, double average, long ratings) {
	}

	record TargetsView(Double weight, int sets, int reps, Double trainingMax, int failures, String lastDecision) {
	}

	record PrescriptionView(UUID id, UUID exerciseId, String exerciseName, Integer supersetGroup, int sets, int repMin,
			int repMax, Double targetRpe, Double percentOf1rm, Integer restSeconds, ProgressionRule rule, TargetsView next) {
	}

	record DayView(UUID id, String name, List<PrescriptionView> exercises) {
	}

	/**
	 * @param deloadWeek whether my sessions are deloads now (the scheduled week, or a week of low
	 * readiness): the targets shown are then the deload's (half the sets at 90 % of the load)
	 * @param deloadReason why, when they are
	 */
	record RoutineView(UUID id, String name, String description, Goal goal, Level level, int daysPerWeek,
			Integer deloadEveryWeeks, boolean deloadWeek, String deloadReason, boolean template, boolean mine, Instant publishedAt, boolean active, UUID copiedFrom, String weightUnit,
			List<DayView> days) {
	}

	/** A routine in a list, with its rating and usage. */
	record RoutineSummaryView(UUID id, String name, Goal goal, Level level, int daysPerWeek, boolean template,
			boolean mine, boolean published, boolean active, Double averageStars, long ratings, double score,
			long uses) {
	}

}
