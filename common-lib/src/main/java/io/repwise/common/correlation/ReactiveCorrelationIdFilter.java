package io.repwise.common.correlation;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Reactive twin of {@link CorrelationIdFilter}: the id is put on the request (so a proxy forwards
 * it), on the response, in the exchange attributes and in the Reactor context, from where context
 * propagation copies it into the MDC for log lines.
 */
public class ReactiveCorrelationIdFilter implements WebFilter, Ordered {

	/** Exchange attribute holding the id, for code that has the exchange but not the context. */
	public static final String ATTRIBUTE = ReactiveCorrelationIdFilter.class.getName() + ".requestId";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = CorrelationId
			.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(CorrelationId.HEADER, requestId))
			.build();
		// Set just before commit: a proxied response's own copy is replaced, not duplicated.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(CorrelationId.HEADER, requestId);
			return Mono.empty();
		});
		ServerWebExchange withId = exchange.mutate().request(request).build();
		withId.getAttributes().put(ATTRIBUTE, requestId);
		return chain.filter(withId).contextWrite((context) -> context.put(CorrelationId.MDC_KEY, requestId));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
