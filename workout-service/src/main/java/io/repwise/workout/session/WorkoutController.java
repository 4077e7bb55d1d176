package io.repwise.workout.session;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.PreferredZone;
import io.repwise.common.request.UnitSystem;
import io.repwise.common.security.CurrentUser;
import io.repwise.common.web.PageView;
import io.repwise.workout.session.WorkoutDtos.CompletionRequest;
import io.repwise.workout.session.WorkoutDtos.CompletionView;
import io.repwise.workout.session.WorkoutDtos.EntryRequest;
import io.repwise.workout.session.WorkoutDtos.SetRequest;
import io.repwise.workout.session.WorkoutDtos.SetView;
import io.repwise.workout.session.WorkoutDtos.WorkoutRequest;
import io.repwise.workout.session.WorkoutDtos.WorkoutSummaryView;
import io.repwise.workout.session.WorkoutDtos.WorkoutView;
import io.repwise.workout.session.WorkoutRepository.WorkoutFilter;

/**
 * The signed-in user's workouts. Every route is scoped to the token's subject: another user's
 * workout id answers 404, exactly like an id that does not exist.
 */
@Tag(name = "Workouts", description = "My workouts: exercises, sets and their completion, in my units.")
@RestController
@RequestMapping("/api/v1/workouts")
class WorkoutController {

	private final WorkoutService service;

	private final WorkoutRepository repository;

	private final WorkoutViews views;

	WorkoutController(WorkoutService service, WorkoutRepository repository, WorkoutViews views) {
		this.service = service;
		this.repository = repository;
		this.views = views;
	}

	@PostMapping
	@Operation(operationId = "createWorkout", summary = "Start or log a workout",
			description = "A workout with its exercises and sets, in progress or already finished; from a routine day (its targets pre-filled) when routineDayId is given.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkoutView> create(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@Valid @RequestBody WorkoutRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		Workout workout = this.service.create(CurrentUser.of(token), request, unitSystem);
		return ResponseEntity.created(URI.create("/api/v1/workouts/" + workout.id()))
			.body(this.views.view(workout, unitSystem));
	}

	@GetMapping
	@Operation(operationId = "listWorkouts", summary = "My workouts",
			description = "Newest first, a page at a time; filtered by from and to, exercise and status when given.")
	PageView<WorkoutSummaryView> list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) UUID exerciseId, @RequestParam(required = false) WorkoutStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidFieldException("to", "must be after from");
		}
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		WorkoutFilter filter = new WorkoutFilter(CurrentUser.of(token), from, to, exerciseId, status);
		long total = this.repository.count(filter);
		var items = this.repository.list(filter, page, size)
			.stream()
			.map((row) -> new WorkoutSummaryView(row.id(), row.name(), row.startedAt(), row.endedAt(), row.status(),
					row.exerciseCount(), row.completedSets(), unitSystem.fromKilograms(row.volumeKg()),
					unitSystem.weightUnit()))
			.toList();
		return PageView.of(items, page, size, total);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getWorkout", summary = "One of my workouts",
			description = "With its exercises, sets, duration and volume.")
	WorkoutView get(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id) {
		return this.views.view(this.service.get(CurrentUser.of(token), id), PreferredUnits.of(units, token));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceWorkout", summary = "Replace a workout",
			description = "Replaces name, notes, times, exercises and sets.")
	WorkoutView replace(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id, @Valid @RequestBody WorkoutRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		return this.views.view(this.service.replace(CurrentUser.of(token), id, request, unitSystem), unitSystem);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteWorkout", summary = "Delete a workout",
			description = "With its exercises and sets.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		this.service.delete(CurrentUser.of(token), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/exercises")
	@Operation(operationId = "addWorkoutExercise", summary = "Add an exercise to a workout",
			description = "An entry for a library or custom exercise, with optional sets.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkoutView> addExercise(@AuthenticationPrincipal Jwt token,
			@RequestParam(required = false) String units, @PathVariable UUID id,
			@Valid @RequestBody EntryRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		Workout workout = this.service.addExercise(CurrentUser.of(token), id, request, unitSystem);
		return ResponseEntity.status(201).body(this.views.view(workout, unitSystem));
	}

	@DeleteMapping("/{id}/exercises/{entryId}")
	@Operation(operationId = "removeWorkoutExercise", summary = "Remove an exercise from a workout",
			description = "With its sets.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> removeExercise(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
			@PathVariable UUID entryId) {
		this.service.removeExercise(CurrentUser.of(token), id, entryId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/exercises/{entryId}/sets")
	@Operation(operationId = "addSet", summary = "Log a set",
			description = "A set of an exercise entry: reps, weight, RPE or RIR, duration or distance, rest and type.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SetView> addSet(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id, @PathVariable UUID entryId, @Valid @RequestBody SetRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		return ResponseEntity.status(201)
			.body(WorkoutViews.set(this.service.addSet(CurrentUser.of(token), id, entryId, request, unitSystem), unitSystem));
	}

	@PutMapping("/{id}/exercises/{entryId}/sets/{setId}")
	@Operation(operationId = "replaceSet", summary = "Change a set",
			description = "Replaces the set's values.")
	SetView replaceSet(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id, @PathVariable UUID entryId, @PathVariable UUID setId,
			@Valid @RequestBody SetRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		return WorkoutViews.set(this.service.replaceSet(CurrentUser.of(token), id, entryId, setId, request, unitSystem),
				unitSystem);
	}

	@DeleteMapping("/{id}/exercises/{entryId}/sets/{setId}")
	@Operation(operationId = "removeSet", summary = "Delete a set",
			description = "Only from my own workouts.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> removeSet(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
			@PathVariable UUID entryId, @PathVariable UUID setId) {
		this.service.removeSet(CurrentUser.of(token), id, entryId, setId);
		return ResponseEntity.noContent().build();
	}

	/** Completes the workout; the answer lists the personal records it set. */
	@PostMapping("/{id}/complete")
	@Operation(operationId = "completeWorkout", summary = "Finish a workout",
			description = "Marks it completed; personal records are found, the active routine progresses, and a WorkoutCompleted event is published.")
	CompletionView complete(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id, @RequestBody(required = false) CompletionRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		UUID owner = CurrentUser.of(token);
		WorkoutService.Completion completion = this.service.complete(owner, id,
				(request != null) ? request.endedAt() : null, unitSystem, PreferredZone.of(null, token));
		return new CompletionView(this.views.view(completion.workout(), unitSystem),
				this.views.records(completion.newRecords(), owner, unitSystem));
	}
}
