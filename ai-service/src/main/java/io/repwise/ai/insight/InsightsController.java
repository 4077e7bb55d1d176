package io.repwise.ai.insight;

import java.time.Clock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.ai.coaching.CoachingData;
import io.repwise.ai.coaching.Library;
import io.repwise.common.request.PreferredZone;

@Tag(name = "Insights", description = "What the last weeks of training say.")
@RestController
@RequestMapping("/api/v1/ai/insights")
class InsightsController {

	private final CoachingData data;

	private final Clock clock;

	private final InsightsCalculator calculator = new InsightsCalculator();

	InsightsController(CoachingData data, Clock clock) {
		this.data = data;
		this.clock = clock;
	}

	/** The last {@code weeks} full weeks, in {@code zone} (else the token's, from the profile; else UTC). */
	@GetMapping
	@Operation(operationId = "insights", summary = "Training insights",
			description = "Weekly hard sets per muscle group and muscle against 10-20, consistency, habits, plateaus, balance and workload (acute to chronic) over the last full weeks, with the rules applied.")
	Insights insights(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "8") @Min(1) @Max(52) int weeks,
			@RequestParam(required = false) String zone) {
		Library library = this.data.library(token);
		return this.calculator.compute(this.data.history(token), library.byId(), this.clock.instant(),
				PreferredZone.of(zone, token), weeks);
	}

}
