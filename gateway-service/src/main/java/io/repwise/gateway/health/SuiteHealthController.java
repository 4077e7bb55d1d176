package io.repwise.gateway.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: every service's readiness and latency and the suite's overall status.
 * 200 unless the suite is DOWN, so a load balancer keeps sending traffic while some routes work.
 */
@Tag(name = "Health", description = "Whether the suite can serve requests.")
@RestController
class SuiteHealthController {

	private final SuiteHealthChecker checker;

	SuiteHealthController(SuiteHealthChecker checker) {
		this.checker = checker;
	}

	@GetMapping("/health")
	@Operation(operationId = "suiteHealth", summary = "Suite health",
			description = "Every service's readiness and latency, and whether rate limiting works; UP, DEGRADED (some routes fail) or DOWN.")
	@ApiResponse(responseCode = "200", description = "UP or DEGRADED: at least part of the API works.")
	@ApiResponse(responseCode = "503", description = "DOWN: no service answers.",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SuiteHealth.class)))
	Mono<ResponseEntity<SuiteHealth>> health() {
		return this.checker.check()
			.map((health) -> ResponseEntity
				.status((health.status() == SuiteStatus.DOWN) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
				.body(health));
	}

}
