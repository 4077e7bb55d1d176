package io.repwise.ai.loading;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.ai.coaching.CoachingData;
import io.repwise.ai.coaching.Units;
import io.repwise.ai.training.Exercise;
import io.repwise.common.problem.InvalidFieldException;
import io.repwise.training.PlateInventory;
import io.repwise.training.PlateMath;
import io.repwise.training.WeightUnit;

/** Warm-up ramps and plate loading, in the user's unit and with the user's plates. */
@Tag(name = "Loading", description = "Warm-ups and plates for a load, with my own bar and plates.")
@RestController
@RequestMapping("/api/v1/ai")
@Validated
class LoadingController {

	private final CoachingData data;

	private final WarmUpPlanner planner = new WarmUpPlanner();

	LoadingController(CoachingData data) {
		this.data = data;
	}

	/** The warm-up sets to a first working set of {@code reps} at {@code weight}, with plates per side. */
	@GetMapping("/warm-up/{exerciseId}")
	@Operation(operationId = "warmUp", summary = "Warm-up sets",
			description = "A ramp up to the working weight and reps, rounded to what my bar and plates make.")
	WarmUpPlanner.WarmUpPlan warmUp(@AuthenticationPrincipal Jwt token, @PathVariable UUID exerciseId,
			@RequestParam @NotNull @DecimalMin("1") @DecimalMax("1000") Double weight,
			@RequestParam(defaultValue = "5") @Min(1) @Max(30) int reps, @RequestParam(required = false) String units) {
		Exercise exercise = this.data.exercise(token, this.data.library(token), exerciseId);
		if (!"WEIGHT_REPS".equals(exercise.tracking())) {
			throw new InvalidFieldException("exerciseId", "warm-up ramps are for lifts done with a load for reps");
		}
		// Only bar lifts are loaded with plates: spare workout-service the call for the rest.
		boolean bar = "BARBELL".equals(exercise.equipment()) || "EZ_BAR".equals(exercise.equipment());
		return this.planner.plan(exercise, weight, Units.of(units, token), reps, bar ? this.data.plates(token) : null);
	}

	/** The plates per side for {@code weight} on a barbell. */
	@GetMapping("/plates")
	@Operation(operationId = "plates", summary = "Plates for a load",
			description = "The plates per side for a barbell load, and the nearest load they make.")
	PlatesAnswer plates(@AuthenticationPrincipal Jwt token,
			@RequestParam @NotNull @DecimalMin("1") @DecimalMax("1000") Double weight,
			@RequestParam(required = false) String units) {
		WeightUnit shownIn = Units.of(units, token);
		PlateInventory own = this.data.plates(token);
		PlateInventory plates = (own != null) ? own : PlateInventory.standard(shownIn);
		double wanted = plates.unit().fromKilograms(shownIn.toKilograms(weight));
		PlateMath.Loading loading = PlateMath.load(wanted, plates);
		return new PlatesAnswer(plates.unit().symbol(), (own != null) ? "MINE" : "STANDARD", plates.bar(), loading.total(),
				loading.perSide(), loading.exact());
	}

	/**
	 * @param weightUnit the plates' unit, which every number here is in
	 * @param exact whether the plates make the weight asked for; otherwise {@code total} is the
	 * nearest load under it
	 */
	record PlatesAnswer(String weightUnit, String plates, double bar, double total, List<Double> perSide, boolean exact) {
	}

}
