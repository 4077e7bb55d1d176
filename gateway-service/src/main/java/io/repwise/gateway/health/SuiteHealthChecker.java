package io.repwise.gateway.health;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import io.repwise.gateway.system.GatewayProperties;
import io.repwise.gateway.system.GatewayProperties.Downstream;

/**
 * Asks every service for its readiness at the same time, each with its own timeout, so one slow
 * service costs the caller at most that timeout and never hides the others' answers.
 */
@Component
class SuiteHealthChecker {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final WebClient client;

	private final GatewayProperties properties;

	SuiteHealthChecker(WebClient.Builder builder, GatewayProperties properties) {
		// Not observed: health polls are not traffic, and the gateway's route observations already
		// own the http.client.requests meter with a different set of tags.
		this.client = builder.clone().observationRegistry(ObservationRegistry.NOOP).build();
		this.properties = properties;
	}

	Mono<SuiteHealth> check() {
		return Flux.fromIterable(this.properties.services().entrySet())
			.flatMap((entry) -> check(entry.getValue()).map((health) -> Map.entry(entry.getKey(), health)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map((results) -> {
				// Report in configuration order, whatever order the answers came in.
				Map<String, ServiceHealth> ordered = new LinkedHashMap<>();
				this.properties.services().keySet().forEach((name) -> ordered.put(name, results.get(name)));
				return new SuiteHealth(SuiteStatus.of(ordered.values()), Instant.now(), ordered);
			});
	}

	private Mono<ServiceHealth> check(Downstream service) {
		Duration timeout = this.properties.healthTimeout();
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return this.client.get()
				.uri(service.url().resolve("/actuator/health/readiness"))
				// 503 from a health endpoint still carries its status: read the body either way.
				.exchangeToMono((response) -> response.bodyToMono(JSON_OBJECT).defaultIfEmpty(Map.of()))
				.timeout(timeout)
				.map((body) -> new ServiceHealth(String.valueOf(body.getOrDefault("status", "UNKNOWN")),
						elapsedMillis(started), null))
				.onErrorResume((ex) -> Mono.just(new ServiceHealth("DOWN", elapsedMillis(started), describe(ex))));
		});
	}

	private static long elapsedMillis(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
	}

	static String describe(Throwable ex) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (current instanceof TimeoutException) {
				return "timed out";
			}
			if (current instanceof ConnectException) {
				return "connection refused";
			}
		}
		return "unreachable (" + ex.getClass().getSimpleName() + ")";
	}

}
