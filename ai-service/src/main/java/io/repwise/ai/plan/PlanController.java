package io.repwise.ai.plan;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.ai.coaching.Units;

@RestController
@RequestMapping("/api/v1/ai/plans")
class PlanController {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	/** A plan, not saved; the same request gives the same plan until the history changes. */
	@PostMapping
	PlanView generate(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@Valid @RequestBody PlanRequest request) {
		PlanService.GeneratedPlan generated = this.plans.generate(token, request, Units.of(units, token));
		return view(generated);
	}

	/** Generates the plan and saves it as a routine of mine in workout-service. */
	@PostMapping("/routines")
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
