package io.repwise.gateway.routing;

import java.time.Duration;

import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.stereotype.Component;

/**
 * Spreads calls across a service's replicas when its name resolves to several addresses, as a
 * scaled docker compose service or a headless Kubernetes Service does. Each new pooled
 * connection picks one of the resolved addresses at random, and a name is looked up again at
 * least every {@link #MAX_CACHED} so replicas that come or go are seen within seconds (Docker's
 * DNS answers with a TTL of ten minutes). Together with the pool's maximum connection life, which
 * retires long-lived keep-alive connections, traffic follows the current set of replicas. A
 * ClusterIP Service resolves to one address and balances behind it; this changes nothing there.
 */
@Component
class ReplicaSpreading implements HttpClientCustomizer {

	static final Duration MAX_CACHED = Duration.ofSeconds(10);

	@Override
	public HttpClient customize(HttpClient httpClient) {
		return httpClient.resolver((spec) -> spec.roundRobinSelection(true).cacheMaxTimeToLive(MAX_CACHED));
	}

}
