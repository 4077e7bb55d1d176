package io.repwise.ai.recovery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.ai.alternative.AlternativeFinder;
import io.repwise.ai.alternative.AlternativeFinder.Alternative;
import io.repwise.ai.coaching.CoachingData;
import io.repwise.ai.coaching.DependencyUnavailableException;
import io.repwise.ai.coaching.Library;
import io.repwise.ai.coaching.Profile;
import io.repwise.ai.coaching.SorenessReport;
import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Experience;
import io.repwise.training.Muscle;

@Tag(name = "Recommendations", description = "What to train next, from recovery per muscle.")
@RestController
@RequestMapping("/api/v1/ai/recommendations")
class RecommendationController {

	private final CoachingData data;

	private final Clock clock;

	private final NextWorkoutAdvisor advisor = new NextWorkoutAdvisor();

	private final AlternativeFinder alternatives = new AlternativeFinder();

	RecommendationController(CoachingData data, Clock clock) {
		this.data = data;
		this.clock = clock;
	}

	@GetMapping("/next-workout")
	@Operation(operationId = "nextWorkout", summary = "What to train next",
			description = "Readiness per muscle group from recent training and soreness reports, and the groups to train.")
	NextWorkout nextWorkout(@AuthenticationPrincipal Jwt token) {
		Library library = this.data.library(token);
		return this.advisor.advise(this.data.history(token), library.byId(), this.data.activeRoutine(token).orElse(null),
				soreness(token), this.clock.instant());
	}

	/** The soreness reports, one entry per muscle and report, newest first; names this version does not know are skipped. */
	private List<MuscleRecovery.Soreness> soreness(Jwt token) {
		List<MuscleRecovery.Soreness> soreness = new ArrayList<>();
		for (SorenessReport report : this.data.soreness(token, 48)) {
			report.soreness().forEach((name, score) -> {
				Muscle muscle = Arrays.stream(Muscle.values()).filter((m) -> m.name().equals(name)).findFirst().orElse(null);
				if (muscle != null && score != null) {
					soreness.add(new MuscleRecovery.Soreness(muscle, score, report.reportedAt()));
				}
			});
		}
		return soreness;
	}

	/**
	 * Substitutes ranked for the user's equipment ({@code equipment} parameters, else the profile's,
	 * else any) and level (the profile's, if user-service answers).
	 */
	@GetMapping("/exercises/{id}/alternatives")
	@Operation(operationId = "alternatives", summary = "Substitutes for an exercise",
			description = "Exercises for the same muscles and movement, ranked for my equipment and level.")
	AlternativesView alternatives(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
			@RequestParam(required = false) @Size(max = 20) List<Equipment> equipment) {
		Library library = this.data.library(token);
		Exercise original = this.data.exercise(token, library, id);
		Profile profile;
		String note = null;
		try {
			profile = this.data.profile(token);
		}
		catch (DependencyUnavailableException ex) {
			profile = Profile.empty();
			note = "Your profile is unavailable (user-service did not answer): ranked without your level"
					+ ((equipment == null) ? " or equipment." : ".");
		}
		Set<Equipment> available = (equipment != null && !equipment.isEmpty()) ? new LinkedHashSet<>(equipment)
				: profile.equipmentOwned().isEmpty() ? null : profile.equipmentOwned();
		Experience level = profile.level();
		List<Alternative> ranked = this.alternatives.rank(original, library.exercises(), available, level);
		return new AlternativesView(original.id(), original.name(), original.pattern().name(), available, note, ranked);
	}

	/** @param equipment what the ranking allowed; {@code null} means any */
	record AlternativesView(UUID exerciseId, String name, String pattern, Set<Equipment> equipment, String note,
			List<Alternative> alternatives) {
	}

}
