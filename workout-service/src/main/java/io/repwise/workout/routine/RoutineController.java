package io.repwise.workout.routine;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import io.repwise.common.request.UnitSystem;
import io.repwise.common.security.CurrentUser;
import io.repwise.common.web.PageView;
import io.repwise.training.LoadStep;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.routine.Routine.Goal;
import io.repwise.workout.routine.Routine.Level;
import io.repwise.workout.routine.RoutineDtos.DayView;
import io.repwise.workout.routine.RoutineDtos.PrescriptionView;
import io.repwise.workout.routine.RoutineDtos.RatingRequest;
import io.repwise.workout.routine.RoutineDtos.RatingView;
import io.repwise.workout.routine.RoutineDtos.RoutineRequest;
import io.repwise.workout.routine.RoutineDtos.RoutineSummaryView;
import io.repwise.workout.routine.RoutineDtos.RoutineView;
import io.repwise.workout.routine.RoutineDtos.TargetsView;
import io.repwise.workout.routine.progression.Targets;

/** Routines: mine, the templates, and the published ones ranked by rating and use. */
@Tag(name = "Routines", description = "Routines: mine, the templates, and the published ones ranked by rating and use; targets that progress by their rule.")
@RestController
@RequestMapping("/api/v1/routines")
class RoutineController {

	private final RoutineService service;

	private final RoutineRankings rankings;

	RoutineController(RoutineService service, RoutineRankings rankings) {
		this.service = service;
		this.rankings = rankings;
	}

	@GetMapping
	@Operation(operationId = "listRoutines", summary = "My routines",
			description = "A page at a time.")
	PageView<RoutineSummaryView> mine(@AuthenticationPrincipal Jwt token,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.rankings.mine(CurrentUser.of(token), page, size);
	}

	@GetMapping("/templates")
	@Operation(operationId = "listTemplates", summary = "Routine templates",
			description = "The routines Repwise ships with.")
	List<RoutineSummaryView> templates(@AuthenticationPrincipal Jwt token) {
		return this.rankings.templates(CurrentUser.of(token));
	}

	/** Published routines and templates; {@code sort} is {@code rating} (default) or {@code usage}. */
	@GetMapping("/popular")
	@Operation(operationId = "listPopularRoutines", summary = "Popular routines",
			description = "Published routines and templates, filtered by level, days per week and goal, sorted by rating (default) or usage.")
	PageView<RoutineSummaryView> popular(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) Level level,
			@RequestParam(required = false) @Min(1) @Max(7) Integer daysPerWeek, @RequestParam(required = false) Goal goal,
			@Parameter(schema = @Schema(allowableValues = { "rating", "usage" })) @RequestParam(defaultValue = "rating") String sort, @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		if (!sort.equals("rating") && !sort.equals("usage")) {
			throw new InvalidFieldException("sort", "must be rating or usage");
		}
		return this.rankings.popular(CurrentUser.of(token),
				new RoutineRankings.PopularFilter(level, daysPerWeek, goal, sort.equals("usage")), page, size);
	}

	@PostMapping
	@Operation(operationId = "createRoutine", summary = "Create a routine",
			description = "Days of prescribed exercises with sets, rep ranges, RPE or %1RM, rest, start load and progression rule.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RoutineView> create(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@Valid @RequestBody RoutineRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		Routine routine = this.service.create(CurrentUser.of(token), request, unitSystem);
		return ResponseEntity.created(URI.create("/api/v1/routines/" + routine.id()))
			.body(view(routine, CurrentUser.of(token), unitSystem));
	}

	/** My active routine with its next targets; 404 while none is active. */
	@GetMapping("/active")
	@Operation(operationId = "getActiveRoutine", summary = "My active routine",
			description = "With its next targets; 404 while none is active.")
	@ApiResponse(responseCode = "200", description = "The active routine with its next targets.")
	@ApiResponse(responseCode = "404", description = "No routine is active (type urn:repwise:problem:no-active-routine).")
	RoutineView active(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units) {
		UUID user = CurrentUser.of(token);
		return view(this.service.active(user), user, PreferredUnits.of(units, token));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getRoutine", summary = "One routine",
			description = "Mine, or a published one or a template.")
	RoutineView get(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id) {
		UUID user = CurrentUser.of(token);
		return view(this.service.get(user, id), user, PreferredUnits.of(units, token));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceRoutine", summary = "Replace a routine",
			description = "My own routines only; a published one cannot take in a private exercise.")
	RoutineView replace(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id, @Valid @RequestBody RoutineRequest request) {
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		UUID user = CurrentUser.of(token);
		return view(this.service.replace(user, id, request, unitSystem), user, unitSystem);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteRoutine", summary = "Delete a routine",
			description = "My own routines only.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		this.service.delete(CurrentUser.of(token), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/copy")
	@Operation(operationId = "copyRoutine", summary = "Copy a routine",
			description = "A private copy of a template or a published routine, to change and follow.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RoutineView> copy(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@PathVariable UUID id) {
		UUID user = CurrentUser.of(token);
		Routine copy = this.service.copy(user, id);
		return ResponseEntity.created(URI.create("/api/v1/routines/" + copy.id()))
			.body(view(copy, user, PreferredUnits.of(units, token)));
	}

	@PutMapping("/{id}/published")
	@Operation(operationId = "publishRoutine", summary = "Publish a routine",
			description = "Others can find, copy and rate it; refused while it uses private exercises.")
	RoutineView publish(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		UUID user = CurrentUser.of(token);
		return view(this.service.publish(user, id, true), user, PreferredUnits.of(null, token));
	}

	@DeleteMapping("/{id}/published")
	@Operation(operationId = "unpublishRoutine", summary = "Unpublish a routine",
			description = "Copies others made stay theirs.")
	RoutineView unpublish(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		UUID user = CurrentUser.of(token);
		return view(this.service.publish(user, id, false), user, PreferredUnits.of(null, token));
	}

	/** Makes this my active routine (adherence in progress analytics is measured against it). */
	@PutMapping("/{id}/active")
	@Operation(operationId = "activateRoutine", summary = "Follow a routine",
			description = "Makes it my active routine; adherence and the coach measure against it.")
	RoutineView activate(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		UUID user = CurrentUser.of(token);
		return view(this.service.activate(user, id), user, PreferredUnits.of(null, token));
	}

	@PutMapping("/{id}/rating")
	@Operation(operationId = "rateRoutine", summary = "Rate a routine",
			description = "One to five stars for a published routine, one rating per user.")
	RatingView rate(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
			@Valid @RequestBody RatingRequest request) {
		return this.service.rate(CurrentUser.of(token), id, request.stars());
	}

	private RoutineView view(Routine routine, UUID user, UnitSystem units) {
		Map<UUID, ExerciseView> library = this.service.library(routine, user);
		Optional<String> deloadReason = this.service.deloadReason(routine, user);
		boolean deload = deloadReason.isPresent();
		Function<String, LoadStep> steps = this.service.loadSteps(user, units);
		List<DayView> days = routine.days().stream().map((day) -> new DayView(day.id(), day.name(),
				day.exercises().stream().map((p) -> {
					ExerciseView exercise = library.get(p.exerciseId());
					Targets next = RoutineService.nextTargets(p, exercise, steps, deload);
					return new PrescriptionView(p.id(), p.exerciseId(), (exercise != null) ? exercise.name() : null,
							p.supersetGroup(), p.sets(), p.repMin(), p.repMax(), p.targetRpe(), p.percentOf1rm(),
							p.restSeconds(), p.rule(), new TargetsView(units.fromKilograms(next.weightKg()), next.sets(),
									next.reps(), units.fromKilograms(next.trainingMaxKg()), next.failures(), p.lastDecision()));
				}).toList()))
			.toList();
		return new RoutineView(routine.id(), routine.name(), routine.description(), routine.goal(), routine.level(),
				routine.daysPerWeek(), routine.deloadEveryWeeks(), deload, deloadReason.orElse(null), routine.isTemplate(),
				routine.isOwnedBy(user),
				routine.publishedAt(), routine.activatedAt() != null, routine.sourceRoutineId(), units.weightUnit(), days);
	}
}
