package io.repwise.gateway.health;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: every service's readiness and latency and the suite's overall status.
 * 200 unless the suite is DOWN, so a load balancer keeps sending traffic while some routes work.
 */
@RestController
class SuiteHealthController {

	private final SuiteHealthChecker checker;

	SuiteHealthController(SuiteHealthChecker checker) {
		this.checker = checker;
	}

	@GetMapping("/health")
	Mono<ResponseEntity<SuiteHealth>> health() {
		return this.checker.check()
			.map((health) -> ResponseEntity
				.status((health.status() == SuiteStatus.DOWN) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
				.body(health));
	}

}
