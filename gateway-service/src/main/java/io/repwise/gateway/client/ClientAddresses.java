package io.repwise.gateway.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

import io.repwise.gateway.system.GatewayProperties;

/**
 * Who is calling, as far as the gateway can know: the TCP peer, unless that peer is a trusted
 * proxy (an ingress, a load balancer; {@code repwise.gateway.trusted-proxies}), in which case
 * the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy. Entries
 * further left were written by whoever sent the request and are never believed, so a client
 * cannot pick its own address. Sign-in rate limits here and the sign-in throttle in user-service
 * (which reads the header this gateway sets) both key on it.
 */
@Component
public class ClientAddresses {

	/** The header a trusted proxy names the client in, and the one the services are told it in. */
	public static final String FORWARDED_FOR = "X-Forwarded-For";

	private final TrustedProxies trusted;

	ClientAddresses(GatewayProperties properties) {
		this.trusted = TrustedProxies.of(properties.trustedProxies());
	}

	public String of(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return "unknown";
		}
		InetAddress client = remote.getAddress();
		if (!this.trusted.contains(client)) {
			return client.getHostAddress();
		}
		List<String> hops = hops(request.getHeaders());
		for (int i = hops.size() - 1; i >= 0; i--) {
			InetAddress hop = TrustedProxies.literal(hops.get(i));
			if (hop == null) {
				break; // not an address: nothing left of it can be believed either
			}
			client = hop;
			if (!this.trusted.contains(hop)) {
				break;
			}
		}
		return client.getHostAddress();
	}

	private static List<String> hops(HttpHeaders headers) {
		List<String> hops = new ArrayList<>();
		for (String value : headers.getOrEmpty(FORWARDED_FOR)) {
			for (String hop : value.split(",")) {
				hops.add(hop);
			}
		}
		return hops;
	}

}
