package io.repwise.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.ServerWebExchange;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import reactor.core.publisher.Mono;

import io.repwise.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service whose address takes connections but never completes them (a killed container, a
 * partition: found by the fault suite, where such GETs took up to 2 s to fail) against one that
 * refuses at once. Each attempt the gateway makes is counted just before it goes out: a refusal
 * is retried twice, a connection that never completes once, so the client hears sooner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(redis = true)
class UnansweringServiceTests {

	/** The connections that fill {@link #silent}'s accept queue. */
	static final List<Socket> queued = new ArrayList<>();

	/** A listening socket whose accept queue is full, so a new connection is never completed. */
	static final ServerSocket silent = fullBacklog();

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@LocalServerPort
	int port;

	@Autowired
	AttemptCounter attempts;

	@Autowired
	CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) throws IOException {
		String refused = StandInService.deadUrl();
		registry.add("repwise.gateway.services.user-service.url", () -> refused);
		registry.add("repwise.gateway.services.workout-service.url", () -> refused);
		registry.add("repwise.gateway.services.ai-service.url", () -> refused);
		registry.add("repwise.gateway.services.notification-service.url",
				() -> "http://127.0.0.1:" + silent.getLocalPort());
		registry.add("repwise.security.jwks-uri", () -> refused + "/api/v1/auth/jwks");
	}

	@AfterAll
	static void closeSockets() throws IOException {
		for (Socket socket : queued) {
			socket.close();
		}
		silent.close();
	}

	@BeforeEach
	void reset() {
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
		this.attempts.clear();
	}

	@Test
	void aRefusedConnectionIsRetriedTwice() throws Exception {
		HttpResponse<String> response = get("/api/v1/auth/health");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(this.attempts.of("/api/v1/auth/health")).isEqualTo(3);
	}

	@Test
	void aConnectionThatNeverCompletesIsRetriedAtMostOnce() throws Exception {
		HttpResponse<String> response = get("/api/v1/notifications/health");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		// Two connect timeouts leave no room for a third attempt (the old retry made three).
		assertThat(this.attempts.of("/api/v1/notifications/health")).isBetween(1, 2);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static ServerSocket fullBacklog() {
		try {
			ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			// Connect until one is left waiting: from then on the kernel drops new connection attempts.
			for (int i = 0; i < 10; i++) {
				Socket client = new Socket();
				queued.add(client);
				try {
					client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort()), 200);
				}
				catch (SocketTimeoutException ex) {
					return socket;
				}
			}
			throw new IllegalStateException("The accept queue never filled up");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		AttemptCounter attemptCounter() {
			return new AttemptCounter();
		}

	}

	/** Counts calls by path just before the proxy sends them: inside the retry, once per attempt. */
	static class AttemptCounter implements GlobalFilter, Ordered {

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		@Override
		public int getOrder() {
			// Just before NettyRoutingFilter, which is last.
			return Ordered.LOWEST_PRECEDENCE - 1;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
			this.counts.computeIfAbsent(exchange.getRequest().getPath().value(), (path) -> new AtomicInteger())
				.incrementAndGet();
			return chain.filter(exchange);
		}

		int of(String path) {
			AtomicInteger count = this.counts.get(path);
			return (count != null) ? count.get() : 0;
		}

		void clear() {
			this.counts.clear();
		}

	}

}
