package io.repwise.gateway.routing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.repwise.common.observability.ReactiveTraces;

/**
 * Passes the request's trace on to the service it is routed to: the W3C {@code traceparent} (and
 * {@code tracestate}, {@code baggage}) of the gateway's own server span, in place of whatever the
 * client sent, so every service logs the same trace id as the gateway and its spans are children
 * of the gateway's.
 * <p>
 * Spring Cloud Gateway's own way is an observation per routed call ({@code
 * spring.cloud.gateway.server.webflux.observability.enabled}, off in application.yml): a client
 * span, a timer, its tags sorted twice, started and stopped on every request, sampled or not. It
 * cost 5.5 % of the gateway's CPU per request (docs/PERFORMANCE.md); its timer duplicated
 * {@code spring.cloud.gateway.requests}, which stays. A sampled trace now shows the service's span
 * directly under the gateway's, the gap between them being the hop.
 */
@Component
class TraceContextForwarding implements HttpHeadersFilter, Ordered {

	private final Propagator propagator;

	TraceContextForwarding(Propagator propagator) {
		this.propagator = propagator;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders output = new HttpHeaders();
		output.addAll(input);
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
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
