package io.repwise.common.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of a reactive request, read from its server observation: on the gateway's event
 * loops the MDC does not carry it (context propagation is kept "limited" for throughput).
 */
public final class ReactiveTraces {

	private ReactiveTraces() {
	}

	/** The W3C trace id, or {@code null} when the request is not traced. */
	public static String traceId(ServerWebExchange exchange) {
		TraceContext context = traceContext(exchange);
		return (context != null) ? context.traceId() : null;
	}

	/** The trace context of the request's server span, or {@code null} when it is not traced. */
	public static TraceContext traceContext(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map((context) -> (TracingObservationHandler.TracingContext) context
				.get(TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.map(Span::context)
			.orElse(null);
	}

}
