package io.repwise.e2e.faults;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.repwise.e2e.compose.ComposeStack;
import io.repwise.e2e.compose.Docker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected into the suite as docker compose runs it, one at a time, under load through the
 * gateway, with a ledger of what every client saw and a count of what the databases hold
 * afterwards. Each scenario prints its figures (docs/RELIABILITY.md keeps them). Skipped, saying
 * why, without a Docker engine. Traffic goes only to the gateway's port on this machine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static final String PASSWORD = "a long enough secret";

	/** Completions while notification-service is down (FAULTS_COMPLETIONS overrides, for longer runs). */
	static final int COMPLETIONS = Integer.parseInt(System.getenv().getOrDefault("FAULTS_COMPLETIONS", "1000"));

	static ComposeStack stack;

	/** Signed-in users, so that the load stays inside each user's rate limit (20/s). */
	static final List<String> tokens = new ArrayList<>();

	static String exercise;

	@BeforeAll
	static void bringTheStackUp() throws Exception {
		stack = ComposeStack.startedOrSkipped("repwise-faults", http);
		for (int i = 0; i < 10; i++) {
			tokens.add(newUser());
		}
		String found = send("GET", "/api/v1/exercises?q=barbell%20squat&size=1", null, tokens.get(0)).body();
		exercise = field(found, "id");
	}

	@AfterAll
	static void takeTheStackDown() {
		if (stack != null) {
			stack.down(true);
		}
	}

	/**
	 * workout-service killed while 50 requests a second mix across routes: the others answer as
	 * before, its routes give a fast 503 problem for every method, and after it is started again
	 * its routes recover without the gateway being restarted.
	 */
	@Test
	@Order(1)
	void aServiceKilledUnderLoad() throws Exception {
		List<SteadyLoad.Call> calls = new ArrayList<>();
		for (String token : tokens.subList(0, 5)) {
			calls.add(new SteadyLoad.Call("user", "GET", "/api/v1/users/me", null, token));
			calls.add(new SteadyLoad.Call("notification", "GET", "/api/v1/notifications/unread-count", null, token));
			calls.add(new SteadyLoad.Call("workout", "GET", "/api/v1/exercises?q=squat&size=5", null, token));
			calls.add(new SteadyLoad.Call("workout", "POST", "/api/v1/workouts", "{\"name\":\"Load\"}", token));
			calls.add(new SteadyLoad.Call("workout", "PUT", "/api/v1/workouts/" + UUID.randomUUID(), "{\"name\":\"Load\"}", token));
			calls.add(new SteadyLoad.Call("workout", "DELETE", "/api/v1/workouts/" + UUID.randomUUID(), null, token));
		}
		String workout = stack.containers("workout-service").get(0);
		Ledger ledger = new Ledger();
		Instant killed;
		Instant restarted;
		Instant ready;
		try (SteadyLoad load = new SteadyLoad(stack.gateway(), calls, 50, Duration.ofSeconds(120), ledger)) {
			Thread.sleep(8000);
			killed = Instant.now();
			Docker.docker(Duration.ofSeconds(30), "kill", workout);
			Thread.sleep(12000);
			restarted = Instant.now();
			Docker.docker(Duration.ofSeconds(30), "start", workout);
			ready = awaitHealthy(workout, Duration.ofMinutes(2));
			Instant deadline = Instant.now().plusSeconds(30);
			while (firstOk(ledger, "workout", ready) == null && Instant.now().isBefore(deadline)) {
				Thread.sleep(250);
			}
			Thread.sleep(3000);
		}

		List<Ledger.Entry> others = ledger.where((e) -> !e.call().equals("workout"));
		List<Ledger.Entry> othersFailed = others.stream().filter((e) -> !e.ok()).toList();
		// Requests sent a moment after the kill: the gateway learns of it from the first refused connection.
		Instant settled = killed.plusSeconds(1);
		List<Ledger.Entry> outage = ledger.where((e) -> e.call().equals("workout") && e.sent().isAfter(settled)
				&& e.sent().isBefore(restarted));
		List<Ledger.Entry> outageNot503 = outage.stream().filter((e) -> e.status() != 503 || !e.problem()).toList();
		Instant firstOk = firstOk(ledger, "workout", restarted);
		double firstOkAfterStart = (firstOk != null) ? Duration.between(restarted, firstOk).toMillis() / 1000.0 : -1;
		double healthyAfterStart = Duration.between(restarted, ready).toMillis() / 1000.0;
		System.out.printf("FAULT killed-service: %d requests; other routes %d, failed %d; workout routes during the"
				+ " outage %d, not a 503 problem %d, slowest %d ms; after docker start, the first 2xx through the"
				+ " gateway came at %.1f s and Docker reported the container healthy at %.1f s (it checks every 5 s)%n",
				ledger.size(), others.size(), othersFailed.size(), outage.size(), outageNot503.size(),
				Ledger.slowest(outage).toMillis(), firstOkAfterStart, healthyAfterStart);
		outage.stream()
			.filter((e) -> e.took().compareTo(Duration.ofSeconds(1)) >= 0)
			.limit(20)
			.forEach((e) -> System.out.printf("  slow during the outage: %s %s sent %d ms after the kill, %d ms, %d%n",
					e.method(), e.call(), Duration.between(killed, e.sent()).toMillis(), e.took().toMillis(), e.status()));
		assertThat(othersFailed).as("answers on the other services' routes that were not 2xx").isEmpty();
		assertThat(outage).extracting(Ledger.Entry::method).contains("GET", "POST", "PUT", "DELETE");
		assertThat(outageNot503).as("workout answers during the outage other than a 503 problem").isEmpty();
		assertThat(Ledger.slowest(outage)).isLessThan(Duration.ofSeconds(1));
		assertThat(firstOk).as("a 2xx on workout routes after the restart").isNotNull();
		assertThat(firstOkAfterStart - healthyAfterStart).as("seconds from healthy to the first 2xx through the gateway")
			.isLessThanOrEqualTo(10.0);
	}

	/**
	 * notification-service stopped through many workout completions: every completion succeeds for
	 * the user, and once it is back every summary arrives exactly once and the outbox drains.
	 */
	@Test
	@Order(2)
	void notificationServiceDownThroughManyCompletions() throws Exception {
		String notifications = stack.containers("notification-service").get(0);
		Docker.docker(Duration.ofSeconds(60), "stop", notifications);
		Instant stopped = Instant.now();
		int perUser = COMPLETIONS / tokens.size();
		ExecutorService users = Executors.newFixedThreadPool(tokens.size());
		List<Future<Integer>> completed = new ArrayList<>();
		try {
			for (String token : tokens) {
				completed.add(users.submit(() -> completeWorkouts(token, perUser)));
			}
			int total = 0;
			for (Future<Integer> done : completed) {
				total += done.get();
			}
			Duration writing = Duration.between(stopped, Instant.now());
			assertThat(total).as("completions answered 200").isEqualTo(perUser * tokens.size());

			Docker.docker(Duration.ofSeconds(60), "start", notifications);
			Instant back = awaitHealthy(notifications, Duration.ofMinutes(2));
			Instant deadline = back.plus(Duration.ofMinutes(6));
			String pending = stack.sql("workouts", "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL");
			while (!pending.equals("0") && Instant.now().isBefore(deadline)) {
				Thread.sleep(1000);
				pending = stack.sql("workouts", "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL");
			}
			Duration draining = Duration.between(back, Instant.now());
			String summaries = stack.sql("notifications",
					"SELECT count(*) FROM notification WHERE type = 'WORKOUT_SUMMARY'");
			String duplicates = stack.sql("notifications", "SELECT count(*) FROM (SELECT event_id FROM notification"
					+ " WHERE event_id IS NOT NULL GROUP BY event_id, type HAVING count(*) > 1) twice");
			System.out.printf("FAULT notification-down: %d completions in %.1f s, all 200; outbox drained in %.1f s"
					+ " after notification-service was ready; %s summaries stored, %s stored twice, %s events pending%n",
					total, writing.toMillis() / 1000.0, draining.toMillis() / 1000.0, summaries, duplicates, pending);

			assertThat(pending).as("events still in the outbox").isEqualTo("0");
			assertThat(Integer.parseInt(summaries)).as("workout summaries").isEqualTo(total);
			assertThat(duplicates).as("events stored twice").isEqualTo("0");
		}
		finally {
			users.shutdownNow();
		}
	}

	private static int completeWorkouts(String token, int count) throws Exception {
		int done = 0;
		for (int i = 0; i < count; i++) {
			Instant started = Instant.now().minus(Duration.ofMinutes(30 + i));
			HttpResponse<String> created = retryingLimits("POST", "/api/v1/workouts", """
					{"name": "Fault", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": 60}]}]}"""
				.formatted(started, exercise), token);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			HttpResponse<String> completed = retryingLimits("POST",
					"/api/v1/workouts/" + field(created.body(), "id") + "/complete", null, token);
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
			done++;
		}
		return done;
	}

	/** Waits out the user's rate limit (the test's own pace, not the fault, decides a 429). */
	private static HttpResponse<String> retryingLimits(String method, String path, String body, String token)
			throws Exception {
		HttpResponse<String> response = send(method, path, body, token);
		while (response.statusCode() == 429) {
			Thread.sleep(1000);
			response = send(method, path, body, token);
		}
		return response;
	}

	private static Instant firstOk(Ledger ledger, String call, Instant after) {
		return ledger.where((e) -> e.call().equals(call) && e.ok() && e.sent().isAfter(after))
			.stream()
			.map(Ledger.Entry::sent)
			.min(Instant::compareTo)
			.orElse(null);
	}

	private static Instant awaitHealthy(String container, Duration wait) throws InterruptedException {
		Instant deadline = Instant.now().plus(wait);
		while (Instant.now().isBefore(deadline)) {
			if ("healthy".equals(Docker.docker(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Health.Status}}",
					container))) {
				return Instant.now();
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(container + " was not healthy within " + wait);
	}

	private static String newUser() throws Exception {
		String email = "fault-" + UUID.randomUUID() + "@example.com";
		// Ten sign-ups from one address: past the sign-in routes' burst of ten, so wait as a client would.
		HttpResponse<String> registered = retryingLimits("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"Fault\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		HttpResponse<String> login = retryingLimits("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return field(login.body(), "accessToken");
	}

	private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		return http.send(new SteadyLoad.Call("", method, path, body, token).request(stack.gateway()),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String field(String body, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(body);
		assertThat(matcher.find()).as(name + " in " + body).isTrue();
		return matcher.group(1);
	}

}
