package io.repwise.gateway.routing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.repwise.common.observability.ReactiveTraces;
import io.repwise.gateway.client.ClientAddresses;

/**
 * What a routed request tells the service beyond the client's own headers, in place of anything
 * the client wrote there:
 * <ul>
 * <li>who the client is: one {@code X-Forwarded-For}, the address {@link ClientAddresses} settled
 * on, and no {@code Forwarded} header (nothing downstream reads it, and a client could fill it).
 * user-service trusts the header from internal addresses only
 * ({@code server.forward-headers-strategy=native}), which the gateway is;</li>
 * <li>which trace the request belongs to: the W3C {@code traceparent} (and {@code tracestate},
 * {@code baggage}) of the gateway's own server span, so every service logs the gateway's trace id
 * and its spans are children of the gateway's.</li>
 * </ul>
 * Spring Cloud Gateway's own way to pass the trace on is an observation per routed call
 * ({@code spring.cloud.gateway.server.webflux.observability.enabled}, off in application.yml): a
 * client span and a timer, their tags sorted twice, started and stopped on every request, sampled
 * or not: 5.5 % of the gateway's CPU (docs/PERFORMANCE.md). Its timer duplicated
 * {@code spring.cloud.gateway.requests}, which stays. One filter for both, because each headers
 * filter copies the whole header map once more.
 */
@Component
class DownstreamHeaders implements HttpHeadersFilter, Ordered {

	private final ClientAddresses clients;

	private final Propagator propagator;

	DownstreamHeaders(ClientAddresses clients, Propagator propagator) {
		this.clients = clients;
		this.propagator = propagator;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders output = new HttpHeaders();
		output.addAll(input);
		output.remove("Forwarded");
		output.set(ClientAddresses.FORWARDED_FOR, this.clients.of(exchange.getRequest()));
		this.propagator.fields().forEach(output::remove);
		TraceContext trace = ReactiveTraces.traceContext(exchange);
		if (trace != null) {
			this.propagator.inject(trace, output, HttpHeaders::set);
		}
		return output;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE; // last, so no other headers filter adds to what it set
	}

}
