package io.repwise.gateway.routing;

import java.net.ConnectException;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import reactor.netty.http.client.PrematureCloseException;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import io.repwise.gateway.system.GatewayProperties;
import io.repwise.gateway.system.GatewayProperties.Downstream;

/**
 * One route per downstream service, built from {@link GatewayProperties}: its path prefixes, a
 * circuit breaker of its own whose fallback answers every HTTP method, its own timeouts, and
 * retries that are safe (GET only, and only when the request never reached the service, the
 * pooled connection closed before any response, or the service said it was unavailable) and
 * quick (within {@link #retryBudget}). Stream
 * paths (Server-Sent Events) get routes of their own, ahead of the others, without a response
 * timeout, retries or a breaker. Only the prefixes listed are routed, so {@code /internal/**}
 * never is.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		properties.services()
			.forEach((name, service) -> service.streamPaths()
				.forEach((path) -> routes.route(name + "-stream:" + path, (route) -> route.order(-1)
					.path(path)
					.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, properties.connectTimeout().toMillis())
					.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1L)
					.uri(service.url()))));
		properties.services().forEach((name, service) -> routes.route(name, (route) -> route
			.path(service.paths().toArray(String[]::new))
			.filters((filters) -> filters
				.circuitBreaker((breaker) -> breaker.setName(name).setFallbackUri("forward:/fallback/" + name))
				.retry((retry) -> retry.setRetries(2)
					.setMethods(HttpMethod.GET)
					.setSeries()
					.setStatuses(HttpStatus.SERVICE_UNAVAILABLE)
					.setExceptions(ConnectException.class, PrematureCloseException.class)
					.setBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2, false)
					.setTimeout(retryBudget(properties))))
			.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, properties.connectTimeout().toMillis())
			// Enforced on the connection's event loop (ResponseTimeouts), not by Spring Cloud Gateway.
			.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1L)
			.metadata(ResponseTimeouts.METADATA_KEY, service.responseTimeout().toMillis())
			.uri(service.url())));
		return routes.build();
	}

	/**
	 * How long after the first attempt a retry may still start. A refused connection fails at
	 * once and is retried twice well within it; an address that does not answer at all (a
	 * killed container, a partition) costs a whole connect timeout per attempt, so it gets one
	 * retry, and the client its 503 in about two connect timeouts instead of three plus backoff.
	 */
	static Duration retryBudget(GatewayProperties properties) {
		return properties.connectTimeout().multipliedBy(2);
	}

	/**
	 * Resilience4j's defaults wait for 100 calls before judging a service; a dead service should
	 * be noticed after a handful. There is no time limiter (spring.cloud.circuitbreaker.resilience4j
	 * .disable-time-limiter): the route's own response timeout bounds every call, and a limiter
	 * on top scheduled a timer on another thread for every request (docs/PERFORMANCE.md).
	 */
	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers(GatewayProperties properties) {
		return (factory) -> properties.services()
			.forEach((name, service) -> factory
				.configure((config) -> config.circuitBreakerConfig(breakerConfig(service)), name));
	}

	static CircuitBreakerConfig breakerConfig(Downstream service) {
		return CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(20)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.slowCallDurationThreshold(service.responseTimeout())
			.slowCallRateThreshold(80)
			.waitDurationInOpenState(Duration.ofSeconds(10))
			.permittedNumberOfCallsInHalfOpenState(3)
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.build();
	}

}
