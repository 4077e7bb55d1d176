package io.repwise.gateway.routing;

import java.util.concurrent.TimeoutException;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import io.repwise.common.correlation.ReactiveCorrelationIdFilter;
import io.repwise.common.problem.Problems;
import io.repwise.gateway.system.EdgeFilters;

/**
 * Where a route's circuit breaker forwards a request that failed, timed out or was not let
 * through: the client gets a fast problem+json naming the service, whatever the HTTP method.
 */
@Hidden // reached only by a breaker's forward, never by a client
@RestController
class FallbackController {

	/** How soon a client may try again: about when an open breaker lets trial calls through. */
	private static final String RETRY_AFTER_SECONDS = "10";

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
		Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		String path = exchange.getAttribute(EdgeFilters.ORIGINAL_PATH_ATTRIBUTE);
		if (failure == null) {
			// Called directly rather than forwarded by a breaker: there is nothing here.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean timedOut = isTimeout(failure);
		HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
		String detail = timedOut ? service + " did not answer in time." : service
				+ " is unavailable right now. Other parts of Repwise still work; try again shortly.";
		ProblemDetail problem = Problems.of(status, Problems.kindFor(status),
				timedOut ? "Gateway timeout" : "Service unavailable", detail, path);
		problem.setProperty("service", service);
		Problems.withIds(problem, exchange.getAttribute(ReactiveCorrelationIdFilter.ATTRIBUTE),
				io.repwise.common.observability.ReactiveTraces.traceId(exchange));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (!timedOut) {
			response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		return response.body(problem);
	}

	static boolean isTimeout(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof TimeoutException || current instanceof io.netty.handler.timeout.TimeoutException) {
				return true;
			}
			if (current instanceof ResponseStatusException statusException
					&& statusException.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
				return true;
			}
		}
		return false;
	}

}
