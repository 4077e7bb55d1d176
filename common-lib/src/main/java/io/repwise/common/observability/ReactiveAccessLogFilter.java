package io.repwise.common.observability;

import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.repwise.common.correlation.CorrelationId;
import io.repwise.common.correlation.ReactiveCorrelationIdFilter;

/**
 * The gateway's access log. Reactive threads do not carry the MDC here (context propagation is kept
 * "limited" for throughput), so the trace id is read from the request's server observation and the
 * request id from the exchange, and both are put in the MDC just for the line.
 */
public class ReactiveAccessLogFilter implements WebFilter, Ordered {

	/** The status logged for an exchange cancelled before it answered. */
	static final int CANCELLED = 499;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (AccessLog.skips(path)) {
			return chain.filter(exchange);
		}
		long start = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			String traceId = ReactiveTraces.traceId(exchange);
			String requestId = exchange.getAttribute(ReactiveCorrelationIdFilter.ATTRIBUTE);
			try {
				if (traceId != null) {
					MDC.put("traceId", traceId);
				}
				if (requestId != null) {
					MDC.put(CorrelationId.MDC_KEY, requestId);
				}
				// A cancelled exchange (the connection went away) wrote nothing, whatever status is set:
				// 499, as nginx logs a request the client closed, not a misleading 200.
				AccessLog.write(exchange.getRequest().getMethod().name(), path,
						(signal == SignalType.CANCEL) ? CANCELLED : (status != null) ? status.value() : 0, start);
			}
			finally {
				MDC.remove("traceId");
				MDC.remove(CorrelationId.MDC_KEY);
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
