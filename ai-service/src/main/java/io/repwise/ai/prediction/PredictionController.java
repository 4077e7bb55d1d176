package io.repwise.ai.prediction;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
import io.repwise.ai.prediction.StrengthForecaster.Forecast;
import io.repwise.ai.training.Exercise;
import io.repwise.training.WeightUnit;

@Tag(name = "Predictions", description = "Strength forecasts with their uncertainty.")
@RestController
@RequestMapping("/api/v1/ai/predictions")
class PredictionController {

	private final CoachingData data;

	private final Clock clock;

	private final StrengthForecaster forecaster = new StrengthForecaster();

	PredictionController(CoachingData data, Clock clock) {
		this.data = data;
		this.clock = clock;
	}

	/**
	 * @param targetWeight an e1RM to reach, in the response's unit
	 * @param weeks how far to forecast
	 */
	@GetMapping("/{exerciseId}")
	@Operation(operationId = "predict", summary = "Forecast an exercise",
			description = "The estimated one-rep max over the coming weeks with a prediction band, and when a target weight may be reached.")
	PredictionView predict(@AuthenticationPrincipal Jwt token, @PathVariable UUID exerciseId,
			@RequestParam(required = false) @DecimalMin("1") @DecimalMax("2000") Double targetWeight,
			@RequestParam(defaultValue = "12") @Min(1) @Max(26) int weeks, @RequestParam(required = false) String units) {
		WeightUnit unit = Units.of(units, token);
		Library library = this.data.library(token);
		Exercise exercise = this.data.exercise(token, library, exerciseId);
		Forecast forecast = this.forecaster.forecast(this.data.history(token).of(exerciseId), this.clock.instant(), weeks,
				(targetWeight != null) ? unit.toKilograms(targetWeight) : null, unit, ZoneOffset.UTC);
		return new PredictionView(exercise.id(), exercise.name(), forecast);
	}

	record PredictionView(UUID exerciseId, String name, Forecast forecast) {
	}

}
