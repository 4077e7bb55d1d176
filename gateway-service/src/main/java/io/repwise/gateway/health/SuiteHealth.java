package io.repwise.gateway.health;

import java.time.Instant;
import java.util.Map;

/** The body of {@code GET /health}. */
public record SuiteHealth(SuiteStatus status, Instant checkedAt, Map<String, ServiceHealth> services,
		RateLimitingHealth rateLimiting) {
}
