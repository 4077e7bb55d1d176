package io.repwise.ai.system;

import java.net.URI;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Up when a downstream service answers its liveness probe. */
class DownstreamHealthIndicator implements HealthIndicator {

	private final RestClient client;

	private final URI liveness;

	DownstreamHealthIndicator(RestClient client, URI baseUrl) {
		this.client = client;
		this.liveness = baseUrl.resolve("/actuator/health/liveness");
	}

	@Override
	public Health health() {
		try {
			this.client.get().uri(this.liveness).retrieve().toBodilessEntity();
			return Health.up().build();
		}
		catch (RestClientException ex) {
			return Health.down().withDetail("reason", ex.getClass().getSimpleName()).build();
		}
	}

}
