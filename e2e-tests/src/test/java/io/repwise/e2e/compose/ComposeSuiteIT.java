package io.repwise.e2e.compose;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.repwise.e2e.EventStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite as it is deployed with docker compose: the five service images built from the jars
 * this build packaged, docker-compose.yml brought up with PostgreSQL and Redis containers, and a
 * user's journey through the published gateway port. Then the stack goes down and up again on
 * the same volumes, and user-, workout- and notification-service are scaled to two replicas
 * each. Skipped, saying why, when no Docker engine or no compose command answers. Images come
 * from {@link ContainerImages}: the official ones, or the stand-ins of deploy/local-images/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeSuiteIT {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	static final String PASSWORD = "a long enough secret";

	static ComposeStack stack;

	static String email;

	static String accessToken;

	static String userId;

	static String squat;

	@RegisterExtension
	static final TestWatcher reportOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (stack != null) {
				System.out.println("Compose logs after " + context.getDisplayName() + " failed:\n" + stack.logs());
			}
		}
	};

	@BeforeAll
	static void bringTheStackUp() throws Exception {
		stack = ComposeStack.startedOrSkipped("repwise-e2e", http);
	}

	@AfterAll
	static void takeTheStackDown() {
		if (stack != null) {
			stack.down(true);
		}
	}

	@Test
	@Order(1)
	void gatewayHealthIsUpWithEveryService() throws Exception {
		JsonNode health = json.readTree(get("/health", null).body());

		assertThat(health.get("status").asString()).isEqualTo("UP");
		for (String service : List.of("user-service", "workout-service", "ai-service", "notification-service")) {
			assertThat(health.get("services").get(service).get("status").asString()).as(service).isEqualTo("UP");
		}
		assertThat(get("/api/v1/workouts/health", null).body()).contains("\"redis\"");
	}

	@Test
	@Order(2)
	void aUserRegistersTrainsSetsARecordIsToldAndGetsAPlan() throws Exception {
		email = "compose-" + UUID.randomUUID() + "@example.com";
		HttpResponse<String> registered = send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"Compose\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		accessToken = signIn(stack.gateway());
		userId = field(get("/api/v1/users/me", accessToken).body(), "id");
		squat = json.readTree(get("/api/v1/exercises?q=barbell%20squat&size=1", accessToken).body())
			.get("items").get(0).get("id").asString();

		completeWorkout(stack.gateway(), 100, Instant.now().minus(Duration.ofDays(2)));
		JsonNode second = completeWorkout(stack.gateway(), 110, Instant.now().minus(Duration.ofHours(2)));

		assertThat(second.toString()).contains("\"kind\":\"HEAVIEST_WEIGHT\"");
		String records = get("/api/v1/progress/records?exerciseId=" + squat, accessToken).body();
		assertThat(records).contains("HEAVIEST_WEIGHT").contains("110");
		String feed = awaitFeed(accessToken, (body) -> body.contains("New personal record") && count(body, "Workout complete") == 2);
		assertThat(feed).contains("Welcome");

		HttpResponse<String> plan = send("POST", "/api/v1/ai/plans", """
				{"goal": "STRENGTH", "experience": "INTERMEDIATE", "daysPerWeek": 3, "sessionMinutes": 60, "weeks": 6,
				 "equipment": ["BARBELL", "DUMBBELL", "BENCH", "BODYWEIGHT"]}""", accessToken);
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
		JsonNode planned = json.readTree(plan.body());
		assertThat(planned.get("basis").asString()).isEqualTo("PROFILE_AND_HISTORY");
		assertThat(planned.get("plan").get("days")).hasSize(3);
	}

	@Test
	@Order(3)
	void everythingSavedSurvivesTheStackGoingDownAndUpAgain() throws Exception {
		stack.down(false);
		stack.up();
		stack.awaitUp(http, Duration.ofMinutes(5));

		assertThat(get("/api/v1/users/me", accessToken).statusCode()).as("a token signed before the restart")
			.isEqualTo(200);
		String fresh = signIn(stack.gateway());
		JsonNode workouts = json.readTree(get("/api/v1/workouts", fresh).body());
		assertThat(workouts.get("totalItems").asLong()).isEqualTo(2);
		assertThat(get("/api/v1/progress/records?exerciseId=" + squat, fresh).body()).contains("HEAVIEST_WEIGHT");
		assertThat(count(get("/api/v1/notifications", fresh).body(), "Workout complete")).isEqualTo(2);
	}

	@Test
	@Order(4)
	void twoReplicasOfUserWorkoutAndNotificationServiceWorkAsOne() throws Exception {
		Instant reminderDue = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
		ZonedDateTime due = reminderDue.atZone(ZoneOffset.UTC);
		HttpResponse<String> reminder = send("POST", "/api/v1/notifications/reminders",
				"{\"kind\":\"WORKOUT\",\"weekdays\":[\"%s\"],\"time\":\"%02d:%02d\",\"timeZone\":\"UTC\"}"
					.formatted(due.getDayOfWeek(), due.getHour(), due.getMinute()), accessToken);
		assertThat(reminder.statusCode()).as(reminder.body()).isEqualTo(201);

		stack.up("--no-recreate", "--scale", "user-service=2", "--scale", "workout-service=2", "--scale",
				"notification-service=2");
		stack.awaitHealthy(Duration.ofMinutes(5));
		List<String> users = addresses("user-service", 3001);
		List<String> workouts = addresses("workout-service", 3002);
		List<String> notifications = addresses("notification-service", 3004);

		// A token signed by one replica is accepted by the other, and by both workout replicas.
		for (int signer = 0; signer < 2; signer++) {
			String token = signIn(users.get(signer));
			for (String verifier : users) {
				assertThat(get(verifier, "/api/v1/users/me", token).statusCode()).as("signed by %s, checked by %s",
						users.get(signer), verifier).isEqualTo(200);
			}
			for (String workout : workouts) {
				assertThat(get(workout, "/api/v1/workouts", token).statusCode()).isEqualTo(200);
			}
		}

		// The gateway spreads calls across replicas: both answer part of a burst sent through it.
		List<Double> before = requestCounts(users, "/api/v1/users/me");
		List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			burst.add(http.sendAsync(request(stack.gateway(), "GET", "/api/v1/users/me", null, accessToken).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> call : burst) {
			assertThat(call.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		List<Double> after = requestCounts(users, "/api/v1/users/me");
		for (int i = 0; i < users.size(); i++) {
			assertThat(after.get(i) - before.get(i)).as("calls answered by %s", users.get(i)).isGreaterThan(0);
		}

		// A live stream on one notification replica receives what the other one wrote.
		EventStream streamed = openStream(notifications.get(0));
		String marker = "Replica " + UUID.randomUUID();
		HttpResponse<String> event = send(notifications.get(1), "POST", "/internal/events", """
				{"id":"%s","type":"UserRegistered","occurredAt":"%s","subject":"%s","version":1,
				 "payload":{"email":"%s","displayName":"%s"}}""".formatted(UUID.randomUUID(), Instant.now(), userId, email,
				marker), serviceToken(users.get(0)));
		assertThat(event.statusCode()).as(event.body()).isIn(200, 202, 204);
		assertThat(streamed.linesUntil(marker, Duration.ofSeconds(20))).as("the stream on the other replica")
			.anyMatch((line) -> line.contains(marker));
		streamed.close();

		// Each event is delivered once, whichever replica's relay takes it to whichever consumer.
		int completions = 6;
		for (int i = 0; i < completions; i++) {
			completeWorkout(stack.gateway(), 60 + i, Instant.now().minus(Duration.ofMinutes(90 - i * 10)));
		}
		awaitFeed(accessToken, (body) -> count(body, "Workout complete") == 2 + completions);
		String undelivered = awaitValue("workouts", "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL", "0");
		assertThat(undelivered).as("the workout outbox drained").isEqualTo("0");
		assertThat(stack.sql("workouts", "SELECT count(*) FROM outbox_event WHERE subject = '" + userId
				+ "' AND attempts <> 1")).as("events delivered more than once or retried").isEqualTo("0");
		assertThat(stack.sql("notifications", "SELECT count(*) FROM notification WHERE user_id = '" + userId
				+ "' AND type = 'WORKOUT_SUMMARY'")).isEqualTo(String.valueOf(2 + completions));
		for (String replica : notifications) {
			assertThat(metric(replica, 3004, "repwise_events_duplicate_total")).as("redeliveries at %s", replica)
				.isZero();
		}

		// The reminder fires once with two schedulers polling one database.
		Instant bothPolled = reminderDue.plus(Duration.ofSeconds(40));
		while (Instant.now().isBefore(bothPolled)) {
			Thread.sleep(1000);
		}
		assertThat(stack.sql("notifications", "SELECT count(*) FROM notification WHERE user_id = '" + userId
				+ "' AND type = 'WORKOUT_REMINDER'")).as("reminders fired").isEqualTo("1");
	}

	// --- the calls ------------------------------------------------------------------------------

	private static String signIn(String base) throws Exception {
		HttpResponse<String> login = send(base, "POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return field(login.body(), "accessToken");
	}

	private static JsonNode completeWorkout(String base, int kilograms, Instant startedAt) throws Exception {
		HttpResponse<String> created = send(base, "POST", "/api/v1/workouts", """
				{"name": "Compose", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": %d}]}]}"""
			.formatted(startedAt, squat, kilograms), accessToken);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		HttpResponse<String> completed = send(base, "POST",
				"/api/v1/workouts/" + field(created.body(), "id") + "/complete", null, accessToken);
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
		return json.readTree(completed.body());
	}

	/** A service token, as workout-service gets one (the compose file's dev-only client secret). */
	private static String serviceToken(String userService) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString("workout-service:dev-only-workout-service-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(userService + "/oauth2/token"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=events:write"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return field(token.body(), "access_token");
	}

	private static EventStream openStream(String base) throws Exception {
		EventStream stream = EventStream.open(http, request(base, "GET", "/api/v1/notifications/stream", null, accessToken)
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "text/event-stream")
			.build());
		assertThat(stream.statusCode()).isEqualTo(200);
		return stream;
	}

	/** The user's feed once it satisfies the condition (events arrive a moment after the change). */
	private static String awaitFeed(String token, java.util.function.Predicate<String> condition) throws Exception {
		Instant deadline = Instant.now().plusSeconds(30);
		String feed = "";
		while (Instant.now().isBefore(deadline)) {
			feed = get("/api/v1/notifications?size=100", token).body();
			if (condition.test(feed)) {
				return feed;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The notification feed did not get there within 30 s: " + feed);
	}

	private static String awaitValue(String database, String query, String expected) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		String value = stack.sql(database, query);
		while (!value.equals(expected) && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			value = stack.sql(database, query);
		}
		return value;
	}

	/** Each replica's base URL on the compose network. */
	private static List<String> addresses(String service, int port) {
		List<String> containers = stack.containers(service);
		assertThat(containers).as(service + " replicas").hasSize(2);
		return containers.stream().map((container) -> "http://" + stack.address(container) + ":" + port).toList();
	}

	private static List<Double> requestCounts(List<String> replicas, String uri) throws Exception {
		List<Double> counts = new ArrayList<>();
		for (String replica : replicas) {
			counts.add(sum(prometheus(replica), "http_server_requests_seconds_count", "uri=\"" + uri + "\""));
		}
		return counts;
	}

	private static double metric(String replica, int port, String name) throws Exception {
		return sum(prometheus(replica), name, "");
	}

	private static String prometheus(String replica) throws Exception {
		return get(replica, "/actuator/prometheus", null).body();
	}

	/** The sum of a metric's samples whose labels contain {@code labels}. */
	private static double sum(String exposition, String name, String labels) {
		return exposition.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> line.contains(labels))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static HttpResponse<String> get(String path, String token) throws Exception {
		return send(stack.gateway(), "GET", path, null, token);
	}

	private static HttpResponse<String> get(String base, String path, String token) throws Exception {
		return send(base, "GET", path, null, token);
	}

	private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		return send(stack.gateway(), method, path, body, token);
	}

	private static HttpResponse<String> send(String base, String method, String path, String body, String token)
			throws Exception {
		return http.send(request(base, method, path, body, token).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(String base, String method, String path, String body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private static String field(String body, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(body);
		assertThat(matcher.find()).as(name + " in " + body).isTrue();
		return matcher.group(1);
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
