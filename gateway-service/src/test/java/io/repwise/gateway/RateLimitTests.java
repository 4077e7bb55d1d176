package io.repwise.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.StaticScriptSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestRedis;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Rate limits on a real Redis, with buckets small enough to empty in a test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "repwise.gateway.rate-limits.user.replenish-rate=1",
				"repwise.gateway.rate-limits.user.burst-capacity=3", "repwise.gateway.rate-limits.auth.replenish-rate=1",
				"repwise.gateway.rate-limits.auth.burst-capacity=2",
				// The test client stands for an ingress: what it writes in X-Forwarded-For counts.
				"repwise.gateway.trusted-proxies=127.0.0.0/8, ::1" })
@RealInfrastructure(redis = true)
class RateLimitTests {

	static final TestTokens tokens = new TestTokens();

	static final StandInService users = startStandIn("user-service").withJwks(tokens.jwksJson());

	static final StandInService workouts = startStandIn("workout-service");

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	/** Actuator's own port: the public one serves no metrics. */
	@LocalManagementPort
	int managementPort;

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) {
		registry.add("repwise.gateway.services.user-service.url", users::url);
		registry.add("repwise.gateway.services.workout-service.url", workouts::url);
		registry.add("repwise.security.jwks-uri", () -> users.url() + "/api/v1/auth/jwks");
	}

	@AfterAll
	static void stopStandIns() {
		users.close();
		workouts.close();
	}

	@Autowired
	ApplicationContext context;

	@Test
	void theLuaScriptIsReadOnceNotLookedUpOnTheClassPathPerRequest() {
		RedisScript<?> script = this.context.getBean(RedisRateLimiter.REDIS_SCRIPT_NAME, RedisScript.class);
		assertThat(ReflectionTestUtils.getField(script, "scriptSource")).isInstanceOf(StaticScriptSource.class);
		assertThat(script.getScriptAsString()).contains("redis.call");
	}

	@Test
	void oneUserPastTheBurstGetsProblem429WithRetryAfterWhileOthersStillPass() throws Exception {
		String greedy = tokens.valid();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			responses.add(get("/api/v1/workouts/1", greedy));
		}

		assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 429);
		HttpResponse<String> limited = responses.stream().filter((r) -> r.statusCode() == 429).findFirst().orElseThrow();
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
		assertThat(limited.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("3");
		assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(limited.body()).contains("\"type\":\"urn:repwise:problem:too-many-requests\"");
		assertThat(get("/api/v1/workouts/1", tokens.valid()).statusCode()).as("another user").isEqualTo(200);
	}

	@Test
	void signInRoutesAreLimitedPerClientAddress() throws Exception {
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			responses.add(post("/api/v1/auth/login"));
		}

		assertThat(responses).extracting(HttpResponse::statusCode).contains(429);
		assertThat(responses).as("the sign-in bucket, not the user bucket (burst 3)")
			.allSatisfy((response) -> assertThat(response.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("2"));
	}

	@Test
	void behindATrustedProxyOneClientPastTheSignInBurstDoesNotLockOutAnother() throws Exception {
		List<Integer> attacker = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// A different invented address in front each time: the proxy appended the real one.
			attacker.add(postFrom("203.0.113." + i + ", 198.51.100.1", "/api/v1/auth/login").statusCode());
		}
		int victim = postFrom("198.51.100.2", "/api/v1/auth/login").statusCode();

		assertThat(attacker).as("one bucket for the real address, whatever is written in front").contains(429);
		assertThat(victim).isEqualTo(200);
		assertThat(users.lastForwardedFor()).isEqualTo("198.51.100.2");
	}

	@Test
	void requestsStillPassWhenRedisIsDownAndHealthSaysTheyAreUnlimited() throws Exception {
		assertThat(get("/health", null).body()).containsPattern("\"rateLimiting\":\\{\"status\":\"UP\"");
		TestRedis.server().close();
		try {
			for (int i = 0; i < 6; i++) {
				HttpResponse<String> passed = get("/api/v1/workouts/1", tokens.valid());
				assertThat(passed.statusCode()).isEqualTo(200);
				assertThat(passed.headers().firstValue("X-RateLimit-Remaining")).as("not counted").hasValue("-1");
			}
			assertThat(managementGet("/actuator/prometheus").body()).containsPattern("repwise_ratelimit_unavailable_total\\{[^}]*\\} [1-9]");
			HttpResponse<String> health = get("/health", null);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"DEGRADED\"")
				.containsPattern("\"rateLimiting\":\\{\"status\":\"DOWN\",\"latencyMs\":\\d+,\"effect\":\"[^\"]*without rate limits");
		}
		finally {
			TestRedis.server().restart();
		}
		// The same client connection comes back to Redis by itself: limits count again.
		Instant deadline = Instant.now().plusSeconds(30);
		String remaining = "-1";
		while ("-1".equals(remaining) && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			remaining = get("/api/v1/workouts/1", tokens.valid()).headers().firstValue("X-RateLimit-Remaining").orElse("-1");
		}
		assertThat(remaining).as("requests counted again once Redis is back").isNotEqualTo("-1");
		assertThat(get("/health", null).body()).containsPattern("\"rateLimiting\":\\{\"status\":\"UP\"");
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> managementGet(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A POST as a trusted proxy forwards it, for the client at {@code forwardedFor}. */
	private HttpResponse<String> postFrom(String forwardedFor, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static StandInService startStandIn(String name) {
		try {
			return StandInService.start(name);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
