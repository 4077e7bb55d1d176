package io.repwise.ai.progression;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import io.repwise.training.DeloadTrigger;

@Tag(name = "Progression", description = "Next-session advice per exercise, with its reasons.")
@RestController
@RequestMapping("/api/v1/ai/progression")
class ProgressionController {

	private final CoachingData data;

	private final Clock clock;

	ProgressionController(CoachingData data, Clock clock) {
		this.data = data;
		this.clock = clock;
	}

	/** The next session of an exercise; the active routine's prescription for it sets range and effort. */
	@GetMapping("/{exerciseId}")
	@Operation(operationId = "progression", summary = "Next session for an exercise",
			description = "The load and reps to do next time and why: the routine's own targets when it prescribes the exercise, else from recent sessions; deloads when performance falls or soreness stays high.")
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
		boolean followsRoutine = prescribed != null && prescribed.next() != null;
		List<DeloadTrigger.SorenessReading> week = new ArrayList<>();
		if (!followsRoutine) {
			// Off the routine the coach checks the week's readiness itself; on it, the routine has.
			this.data.soreness(token, 7 * 24)
				.forEach((report) -> report.soreness()
					.values()
					.forEach((score) -> week.add(new DeloadTrigger.SorenessReading(report.reportedAt(), score))));
		}
		// The plates only round the coach's own barbell loads; a routine's targets are rounded already.
		boolean routineLoad = followsRoutine && prescribed.next().weightKg() != null;
		boolean ownLoad = !routineLoad && "BARBELL".equals(exercise.equipment());
		return new ProgressionAdvisor(ownLoad ? this.data.plates(token) : null).advise(exercise,
				this.data.history(token).of(exerciseId), prescribed, Units.of(units, token),
				DeloadTrigger.lowReadiness(week, this.clock.instant()));
	}

}
