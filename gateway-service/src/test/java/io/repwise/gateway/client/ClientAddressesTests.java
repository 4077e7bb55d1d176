package io.repwise.gateway.client;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.util.unit.DataSize;

import io.repwise.gateway.system.GatewayProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Whose address a request carries, with and without trusted proxies in front. */
class ClientAddressesTests {

	@Test
	void withoutTrustedProxiesTheClientIsThePeerWhateverItWrites() {
		ClientAddresses clients = clients();

		assertThat(clients.of(from("203.0.113.7", "198.51.100.66"))).isEqualTo("203.0.113.7");
	}

	@Test
	void behindATrustedProxyTheClientIsTheNearestUntrustedHop() {
		ClientAddresses clients = clients("10.0.0.0/8");

		assertThat(clients.of(from("10.1.2.3", "198.51.100.66"))).isEqualTo("198.51.100.66");
		assertThat(clients.of(from("10.1.2.3", "6.6.6.6, 198.51.100.66"))).as("what the client wrote in front")
			.isEqualTo("198.51.100.66");
		assertThat(clients.of(from("10.1.2.3", "198.51.100.66, 10.9.9.9"))).as("two proxies deep")
			.isEqualTo("198.51.100.66");
		assertThat(clients.of(from("203.0.113.7", "198.51.100.66"))).as("not from the proxy").isEqualTo("203.0.113.7");
	}

	@Test
	void aHopThatIsNoAddressEndsTheWalkAndIsNeverLookedUp() {
		ClientAddresses clients = clients("10.0.0.0/8");

		assertThat(clients.of(from("10.1.2.3", "198.51.100.66, evil.example"))).isEqualTo("10.1.2.3");
		assertThat(clients.of(from("10.1.2.3", "unknown, 198.51.100.66"))).isEqualTo("198.51.100.66");
		assertThat(clients.of(from("10.1.2.3", null))).as("no header: the proxy itself").isEqualTo("10.1.2.3");
	}

	@Test
	void ipv6BlocksAndBracketedHops() {
		ClientAddresses clients = clients("fd00::/8", "192.168.1.1");

		assertThat(clients.of(from("fd12::1", "[2001:db8::5]"))).isEqualTo("2001:db8:0:0:0:0:0:5");
		assertThat(clients.of(from("192.168.1.1", "2001:db8::6"))).isEqualTo("2001:db8:0:0:0:0:0:6");
		assertThat(clients.of(from("192.168.1.2", "2001:db8::6"))).as("only that one address").isEqualTo("192.168.1.2");
	}

	@Test
	void malformedBlocksAreRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("ingress.local")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x")));
	}

	@Test
	void prefixesCountBitsNotBytes() {
		TrustedProxies proxies = TrustedProxies.of(List.of("172.16.0.0/12"));

		assertThat(proxies.contains(TrustedProxies.literal("172.31.255.255"))).isTrue();
		assertThat(proxies.contains(TrustedProxies.literal("172.32.0.1"))).isFalse();
		assertThat(proxies.contains(TrustedProxies.literal("172.15.0.1"))).isFalse();
	}

	private static ClientAddresses clients(String... trusted) {
		return new ClientAddresses(new GatewayProperties(Map.of("user-service", new GatewayProperties.Downstream(
				java.net.URI.create("http://localhost:3001"), List.of("/api/v1/users/**"), Duration.ofSeconds(5), null)),
				Duration.ofMillis(250), Duration.ofSeconds(2), DataSize.ofMegabytes(1), null, List.of(trusted)));
	}

	private static MockServerHttpRequest from(String peer, String forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/auth/login")
			.remoteAddress(new InetSocketAddress(TrustedProxies.literal(peer), 40000));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request.build();
	}

}
