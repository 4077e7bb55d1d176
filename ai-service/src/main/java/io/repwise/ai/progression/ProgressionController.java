package io.repwise.ai.progression;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.ai.coaching.CoachingData;
import io.repwise.ai.coaching.Library;
import io.repwise.ai.coaching.Units;
import io.repwise.ai.progression.ProgressionAdvisor.NextSession;
import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Exercise;

@RestController
@RequestMapping("/api/v1/ai/progression")
class ProgressionController {

	private final CoachingData data;

	private final ProgressionAdvisor advisor = new ProgressionAdvisor();

	ProgressionController(CoachingData data) {
		this.data = data;
	}

	/** The next session of an exercise; the active routine's prescription for it sets range and effort. */
	@GetMapping("/{exerciseId}")
	NextSession next(@AuthenticationPrincipal Jwt token, @PathVariable UUID exerciseId,
			@RequestParam(required = false) String units) {
		Library library = this.data.library(token);
		Exercise exercise = this.data.exercise(token, library, exerciseId);
		ActiveRoutine.Prescribed prescribed = this.data.activeRoutine(token)
			.flatMap((routine) -> routine.days()
				.stream()
				.flatMap((day) -> day.exercises().stream())
				.filter((p) -> p.exerciseId().equals(exerciseId))
				.findFirst())
			.orElse(null);
		return this.advisor.advise(exercise, this.data.history(token).of(exerciseId), prescribed,
				Units.of(units, token));
	}

}
