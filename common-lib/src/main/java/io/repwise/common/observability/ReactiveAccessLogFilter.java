package io.repwise.common.observability;

import org.slf4j.MDC;
import reactor.core.publisher.Mono;

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
				AccessLog.write(exchange.getRequest().getMethod().name(), path,
						(status != null) ? status.value() : 0, start);
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
