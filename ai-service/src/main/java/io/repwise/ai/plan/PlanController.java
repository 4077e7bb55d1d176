package io.repwise.ai.plan;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.ai.coaching.Units;

@Tag(name = "Plans", description = "Training plans generated from the profile and history, with the reason for every choice.")
@RestController
@RequestMapping("/api/v1/ai/plans")
class PlanController {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	/** A plan, not saved; the same request gives the same plan until the history changes. */
	@PostMapping
	@Operation(operationId = "generatePlan", summary = "Generate a plan",
			description = "A split, exercises, sets, reps, loads and deload weeks for the goal, days and minutes given, explained rule by rule; nothing is saved.")
	PlanView generate(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@Valid @RequestBody PlanRequest request) {
		PlanService.GeneratedPlan generated = this.plans.generate(token, request, Units.of(units, token));
		return view(generated);
	}

	/** Generates the plan and saves it as a routine of mine in workout-service. */
	@PostMapping("/routines")
	@Operation(operationId = "savePlanAsRoutine", summary = "Save a plan as a routine",
			description = "Generates the plan and saves it in workout-service as my routine.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SavedPlanView> save(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@Valid @RequestBody PlanRequest request) {
		PlanService.GeneratedPlan generated = this.plans.generate(token, request, Units.of(units, token));
		var routine = this.plans.routine(generated, request.name());
		UUID id = this.plans.save(token, routine);
		return ResponseEntity.created(URI.create("/api/v1/routines/" + id)).body(new SavedPlanView(id, view(generated)));
	}

	private static PlanView view(PlanService.GeneratedPlan generated) {
		List<String> notes = new ArrayList<>(generated.notes());
		notes.addAll(generated.plan().notes());
		return new PlanView(generated.basis(), notes, generated.plan());
	}

	/** @param basis {@code PROFILE_AND_HISTORY}, or {@code PROFILE_ONLY} when the history was unavailable */
	record PlanView(String basis, List<String> notes, Plan plan) {
	}

	record SavedPlanView(UUID routineId, PlanView plan) {
	}

}
