package io.repwise.gateway.routing;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Each route's response timeout, enforced by the downstream connection itself. Spring Cloud
 * Gateway's own per-route timeout is a {@code Flux.timeout} that arms and cancels two timers per
 * request on Reactor's parallel scheduler, waking one of its threads each time; Reactor Netty's
 * response timeout is a read timeout on the connection's own event loop, which costs no other
 * thread anything. Routes carry their timeout as {@link #METADATA_KEY} (and none in Spring Cloud
 * Gateway's {@code response-timeout}); this filter hands it to the HTTP client through the
 * Reactor context. A timeout surfaces as Netty's {@code ReadTimeoutException}, which the
 * fallback answers with 504.
 */
@Component
class ResponseTimeouts implements GlobalFilter, Ordered, HttpClientCustomizer {

	/** Route metadata: the response timeout in milliseconds; routes without it have none. */
	static final String METADATA_KEY = "repwise-response-timeout";

	private static final String CONTEXT_KEY = ResponseTimeouts.class.getName();

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		Object millis = (route != null) ? route.getMetadata().get(METADATA_KEY) : null;
		if (!(millis instanceof Number number)) {
			return chain.filter(exchange);
		}
		Duration timeout = Duration.ofMillis(number.longValue());
		return chain.filter(exchange).contextWrite((context) -> context.put(CONTEXT_KEY, timeout));
	}

	@Override
	public HttpClient customize(HttpClient httpClient) {
		return httpClient.doOnRequest((request, connection) -> request.currentContextView()
			.<Duration>getOrEmpty(CONTEXT_KEY)
			.ifPresent(request::responseTimeout));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 200; // after rate limiting; it wraps everything that calls downstream
	}

}
