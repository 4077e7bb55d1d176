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
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import io.repwise.gateway.system.GatewayProperties;
import io.repwise.gateway.system.GatewayProperties.Downstream;

/**
 * Asks every service for its readiness, and Redis whether rate limits can be enforced, all at
 * the same time, each with its own timeout, so one slow dependency costs the caller at most that
 * timeout and never hides the others' answers.
 */
@Component
class SuiteHealthChecker {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final WebClient client;

	private final GatewayProperties properties;

	private final ReactiveRedisConnectionFactory redis;

	SuiteHealthChecker(WebClient.Builder builder, GatewayProperties properties, ReactiveRedisConnectionFactory redis) {
		// Not observed: health polls are not traffic, and the gateway's route observations already
		// own the http.client.requests meter with a different set of tags.
		this.client = builder.clone().observationRegistry(ObservationRegistry.NOOP).build();
		this.properties = properties;
		this.redis = redis;
	}

	Mono<SuiteHealth> check() {
		Mono<Map<String, ServiceHealth>> services = Flux.fromIterable(this.properties.services().entrySet())
			.flatMap((entry) -> check(entry.getValue()).map((health) -> Map.entry(entry.getKey(), health)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map((results) -> {
				// Report in configuration order, whatever order the answers came in.
				Map<String, ServiceHealth> ordered = new LinkedHashMap<>();
				this.properties.services().keySet().forEach((name) -> ordered.put(name, results.get(name)));
				return ordered;
			});
		return Mono.zip(services, checkRateLimiting())
			.map((results) -> new SuiteHealth(SuiteStatus.of(results.getT1().values(), results.getT2()), Instant.now(),
					results.getT1(), results.getT2()));
	}

	/** A PING to the Redis the rate limits live in, bounded like the services' checks. */
	private Mono<RateLimitingHealth> checkRateLimiting() {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return Mono.usingWhen(Mono.fromSupplier(this.redis::getReactiveConnection), (connection) -> connection.ping(),
					ReactiveRedisConnection::closeLater)
				.timeout(this.properties.healthTimeout())
				.map((pong) -> new RateLimitingHealth("UP", elapsedMillis(started), null))
				.onErrorResume((ex) -> Mono
					.just(new RateLimitingHealth("DOWN", elapsedMillis(started), RateLimitingHealth.UNLIMITED)));
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
