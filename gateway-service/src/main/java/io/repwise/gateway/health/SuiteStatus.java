package io.repwise.gateway.health;

import java.util.Collection;

/** The suite's overall state as operators read it on {@code GET /health}. */
public enum SuiteStatus {

	/** Every service is ready. */
	UP,

	/** Some services are down, routes to the others still work; or rate limits cannot be enforced. */
	DEGRADED,

	/** No service is ready: the gateway cannot serve anything. */
	DOWN;

	static SuiteStatus of(Collection<ServiceHealth> services, RateLimitingHealth rateLimiting) {
		long up = services.stream().filter(ServiceHealth::isUp).count();
		if (up == 0) {
			return DOWN;
		}
		return (up == services.size() && rateLimiting.isUp()) ? UP : DEGRADED;
	}

}
