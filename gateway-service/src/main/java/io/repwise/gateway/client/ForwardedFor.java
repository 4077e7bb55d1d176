package io.repwise.gateway.client;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who the client is: every routed request leaves with one
 * {@code X-Forwarded-For}, the address {@link ClientAddresses} settled on, in place of whatever
 * the request came with (and without a {@code Forwarded} header, which nothing downstream reads
 * and a client could fill). user-service trusts the header from internal addresses only
 * ({@code server.forward-headers-strategy=native}), which the gateway is.
 */
@Component
class ForwardedFor implements HttpHeadersFilter, Ordered {

	static final String HEADER = "X-Forwarded-For";

	private final ClientAddresses clients;

	ForwardedFor(ClientAddresses clients) {
		this.clients = clients;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders output = new HttpHeaders();
		output.addAll(input);
		output.remove("Forwarded");
		output.set(HEADER, this.clients.of(exchange.getRequest()));
		return output;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE; // last, so no other headers filter adds to it
	}

}
