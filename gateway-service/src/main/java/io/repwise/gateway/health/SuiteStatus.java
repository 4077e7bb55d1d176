package io.repwise.gateway.health;

import java.util.Collection;

/** The suite's overall state as operators read it on {@code GET /health}. */
public enum SuiteStatus {

	/** Every service is ready. */
	UP,

	/** Some services are down; routes to the others still work. */
	DEGRADED,

	/** No service is ready: the gateway cannot serve anything. */
	DOWN;

	static SuiteStatus of(Collection<ServiceHealth> services) {
		long up = services.stream().filter(ServiceHealth::isUp).count();
		if (up == services.size()) {
			return UP;
		}
		return (up == 0) ? DOWN : DEGRADED;
	}

}
