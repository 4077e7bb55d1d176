package io.repwise.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.repwise.infra.suite.ServiceSpec;
import io.repwise.infra.suite.Suite;
import io.repwise.testsupport.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The five real services, started from their packaged jars as separate processes on embedded
 * PostgreSQL and Redis, called through the gateway over real HTTP. Ports are free ones, so a
 * suite already running on this machine is not disturbed. The last tests stop workout-service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static Suite suite;

	static String gateway;

	/** Signed in by the registration test; used by every later call. */
	static String accessToken;

	/** That user's address. */
	static String email;

	/** The SMTP server notification-service sends to. */
	static GreenMail smtp;

	@BeforeAll
	static void startSuite() throws Exception {
		Path root = Path.of(System.getProperty("repwise.root", "..")).toAbsolutePath().normalize();
		// Distinct free ports for the services, PostgreSQL and Redis, chosen together so that
		// none of them can pick another's.
		List<Integer> ports = freePorts(ServiceSpec.SUITE.size() + 3);
		smtp = new GreenMail(new ServerSetup(ports.get(ports.size() - 3), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		List<ServiceSpec> services = new ArrayList<>();
		for (int i = 0; i < ServiceSpec.SUITE.size(); i++) {
			services.add(ServiceSpec.SUITE.get(i).withPort(ports.get(i)));
		}
		int postgresPort = ports.get(ports.size() - 2);
		int redisPort = ports.get(ports.size() - 1);
		gateway = services.stream().filter((spec) -> spec.name().equals("gateway-service")).findFirst().orElseThrow().url();
		Path runDirectory = Files.createDirectories(root.resolve("e2e-tests/target/e2e-run"));
		// Outbox retries capped at 2 s, so an event held back by an outage arrives soon after it.
		Suite.Options options = new Suite.Options(root, runDirectory, services,
				List.of("-XX:+UseSerialGC", "-Xmx128m", "-Xss512k"), false, postgresPort, null, redisPort,
				// The test client stands for an ingress: the gateway believes its X-Forwarded-For.
				Duration.ofMinutes(4), Map.of("REPWISE_TRUSTED_PROXIES", "127.0.0.0/8", "REPWISE_OUTBOX_MAXBACKOFF", "2s",
						"SPRING_MAIL_HOST", "127.0.0.1",
						"SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()), "REPWISE_EMAIL_POLLINTERVAL", "500ms",
						// No request is sampled: trace ids must still be created, passed on and logged.
						"MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "0.0"));
		suite = Suite.start(options, new PrintStream(System.out, true));
	}

	@AfterAll
	static void stopSuite() {
		if (suite != null) {
			suite.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	@Order(1)
	void suiteHealthIsUpWithEveryService() throws Exception {
		HttpResponse<String> response = get("/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		for (String service : List.of("user-service", "workout-service", "ai-service", "notification-service")) {
			assertThat(response.body()).containsPattern("\"" + service + "\":\\{\"status\":\"UP\",\"latencyMs\":\\d+");
		}
	}

	@Test
	@Order(2)
	void eachServiceFeatureHealthIsReachableThroughTheGateway() throws Exception {
		assertFeatureHealth("/api/v1/auth/health", "user-service", 200);
		assertFeatureHealth("/api/v1/workouts/health", "workout-service", 200);
		assertFeatureHealth("/api/v1/notifications/health", "notification-service", 200);
		assertFeatureHealth("/api/v1/ai/health", "ai-service", 200);
	}

	/**
	 * Through the gateway, without a token: each service's own OpenAPI document, with paths
	 * relative to the gateway so Swagger UI at /docs calls through it, and the page itself.
	 */
	@Test
	@Order(2)
	void everyServicesApiDocumentAndSwaggerUiAreReachableThroughTheGateway() throws Exception {
		Map<String, String> samplePaths = Map.of("user", "/api/v1/auth/login", "workout", "/api/v1/workouts/{id}",
				"ai", "/api/v1/ai/plans", "notification", "/api/v1/notifications/reminders");
		for (Map.Entry<String, String> service : samplePaths.entrySet()) {
			HttpResponse<String> document = send("GET", "/v3/api-docs/" + service.getKey(), null, null);
			assertThat(document.statusCode()).as(service.getKey()).isEqualTo(200);
			assertThat(document.body()).as(service.getKey())
				.contains("\"title\":\"Repwise " + service.getKey() + "-service\"", "\"" + service.getValue() + "\"",
						"\"servers\":[{\"url\":\"/\"", "\"application/problem+json\"");
		}
		HttpResponse<String> page = send("GET", "/docs", null, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js");
		assertThat(send("GET", "/webjars/swagger-ui/swagger-ui-bundle.js", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(6)
	void unknownPathOnARealServiceIsProblemDetailsWithTheGatewaysRequestId() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/workouts/no/such/thing"))
			.header("X-Request-Id", "e2e-request-1")
			.header("Authorization", "Bearer " + accessToken)
			.build();

		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(response.body()).contains("\"requestId\":\"e2e-request-1\"");
		assertThat(response.headers().allValues("X-Request-Id")).containsExactly("e2e-request-1");
	}

	@Test
	@Order(4)
	void registerSignInUseRefreshThroughTheGateway() throws Exception {
		email = "e2e-" + System.nanoTime() + "@example.com";
		HttpResponse<String> registered = send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"E2E\",\"password\":\"a long enough secret\"}", null);
		assertThat(registered.statusCode()).isEqualTo(201);

		HttpResponse<String> login = send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"a long enough secret\"}", null);
		assertThat(login.statusCode()).isEqualTo(200);
		accessToken = field(login.body(), "accessToken");
		String refreshToken = field(login.body(), "refreshToken");

		assertThat(send("GET", "/api/v1/users/me", null, null).statusCode()).as("no token").isEqualTo(401);
		HttpResponse<String> me = get("/api/v1/users/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"email\":\"" + email + "\"");

		HttpResponse<String> refreshed = send("POST", "/api/v1/auth/refresh",
				"{\"refreshToken\":\"" + refreshToken + "\"}", null);
		assertThat(refreshed.statusCode()).isEqualTo(200);
		String rotated = field(refreshed.body(), "refreshToken");
		HttpResponse<String> replayed = send("POST", "/api/v1/auth/refresh",
				"{\"refreshToken\":\"" + refreshToken + "\"}", null);
		assertThat(replayed.statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/v1/auth/refresh", "{\"refreshToken\":\"" + rotated + "\"}", null).statusCode())
			.as("replaying the old token revoked its successor too").isEqualTo(401);

		// A fresh sign-in, signed out through the gateway: its refresh token is refused afterwards.
		HttpResponse<String> again = send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"a long enough secret\"}", null);
		accessToken = field(again.body(), "accessToken");
		String lastRefresh = field(again.body(), "refreshToken");
		assertThat(send("POST", "/api/v1/auth/logout", "{\"refreshToken\":\"" + lastRefresh + "\"}", null).statusCode())
			.isEqualTo(204);
		assertThat(send("POST", "/api/v1/auth/refresh", "{\"refreshToken\":\"" + lastRefresh + "\"}", null).statusCode())
			.isEqualTo(401);
	}

	@Test
	@Order(7)
	void userRegisteredReachesNotificationServiceThroughTheOutbox() throws Exception {
		String email = "events-" + System.nanoTime() + "@example.com";
		String userId = field(register(email).body(), "id");

		assertThat(awaitEvent("users", "UserRegistered", userId, Duration.ofSeconds(30))).isTrue();
	}

	@Test
	@Order(6)
	void aCompletedWorkoutAndItsRecordReachNotificationService() throws Exception {
		String userId = field(get("/api/v1/users/me").body(), "id");
		String exercise = field(get("/api/v1/exercises?q=barbell%20squat&size=1").body(), "id");
		// The live stream, through the gateway, kept open past the gateway's 5 s response timeout.
		EventStream stream = EventStream.open(http,
				HttpRequest.newBuilder(URI.create(gateway + "/api/v1/notifications/stream"))
					.header("Accept", "text/event-stream")
					.header("Authorization", "Bearer " + accessToken)
					.build());
		assertThat(stream.statusCode()).isEqualTo(200);
		Thread.sleep(6000);

		completeWorkout(exercise, 100, Instant.now().minus(Duration.ofDays(3)));
		HttpResponse<String> second = completeWorkout(exercise, 110, Instant.now().minus(Duration.ofHours(1)));

		assertThat(second.body()).contains("\"kind\":\"HEAVIEST_WEIGHT\"");
		assertThat(awaitEvent("workouts", "WorkoutCompleted", userId, Duration.ofSeconds(30))).isTrue();
		assertThat(awaitEvent("workouts", "PersonalRecordAchieved", userId, Duration.ofSeconds(30))).isTrue();
		String feed = get("/api/v1/notifications").body();
		assertThat(feed).contains("Workout complete: E2E").contains("New personal record: ");
		List<String> streamed = stream.linesUntil("New personal record", Duration.ofSeconds(20));
		assertThat(streamed).as("the open stream").anyMatch((line) -> line.contains("Workout complete: E2E"))
			.anyMatch((line) -> line.contains("New personal record"));
		stream.close();
		Instant mailDeadline = Instant.now().plusSeconds(20);
		while (List.of(smtp.getReceivedMessagesForDomain(email)).stream().noneMatch(Emails::isWorkoutSummary)
				&& Instant.now().isBefore(mailDeadline)) {
			Thread.sleep(200);
		}
		assertThat(smtp.getReceivedMessagesForDomain(email)).as("emails to " + email)
			.anyMatch(Emails::isWorkoutSummary);
	}

	/** Received emails. */
	private static final class Emails {

		static boolean isWorkoutSummary(jakarta.mail.internet.MimeMessage message) {
			try {
				return "Workout complete: E2E".equals(message.getSubject());
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	@Test
	@Order(8)
	void eventsRaisedWhileNotificationServiceIsDownArriveWhenItIsBack() throws Exception {
		suite.stop("notification-service");
		String email = "late-" + System.nanoTime() + "@example.com";
		String userId = field(register(email).body(), "id");
		String lifter = field(get("/api/v1/users/me").body(), "id");
		String exercise = field(get("/api/v1/exercises?q=deadlift&size=1").body(), "id");
		Instant beforeCompletion = Instant.now().minusSeconds(1);
		completeWorkout(exercise, 120, Instant.now().minus(Duration.ofMinutes(30)));
		Thread.sleep(3000);
		assertThat(awaitEvent("users", "UserRegistered", userId, Duration.ofMillis(1))).as("not delivered while down").isFalse();
		assertThat(awaitEvent("workouts", "WorkoutCompleted", lifter, beforeCompletion, Duration.ofMillis(1))).isFalse();

		suite.restart("notification-service", new PrintStream(System.out, true));

		assertThat(awaitEvent("users", "UserRegistered", userId, Duration.ofSeconds(30))).isTrue();
		assertThat(awaitEvent("workouts", "WorkoutCompleted", lifter, beforeCompletion, Duration.ofSeconds(30))).isTrue();
	}

	@Test
	@Order(5)
	void failedSignInsFromOneClientDoNotLockOutAnotherBehindTheSameProxy() throws Exception {
		// Past user-service's per-address limit (20 failures), from one client, through the gateway
		// (whose own sign-in limit of 1/s with bursts of 10 makes the attacker wait now and then).
		int failures = 0;
		Instant deadline = Instant.now().plusSeconds(60);
		while (failures < 20 && Instant.now().isBefore(deadline)) {
			HttpResponse<String> attempt = signInFrom("198.51.100.1", "nobody-" + failures + "@example.com", "wrong password 1");
			if (attempt.statusCode() == 401) {
				failures++;
			}
			else if (attempt.statusCode() == 429) {
				Thread.sleep(1000);
			}
			else {
				throw new AssertionError("unexpected answer " + attempt.statusCode() + ": " + attempt.body());
			}
		}
		assertThat(failures).isEqualTo(20);
		Thread.sleep(2000); // the gateway's bucket refills: a 429 now is user-service's lock

		HttpResponse<String> locked = signInFrom("198.51.100.1", email, "a long enough secret");
		assertThat(locked.statusCode()).as("the guesser is locked, even with the right password").isEqualTo(429);
		assertThat(locked.headers().firstValue("X-RateLimit-Remaining")).as("by user-service, not the gateway")
			.isNotEqualTo(java.util.Optional.of("0"));
		assertThat(signInFrom("198.51.100.2", email, "a long enough secret").statusCode()).as("everyone else is not")
			.isEqualTo(200);
	}

	private static HttpResponse<String> signInFrom(String clientAddress, String email, String password) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/auth/login"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", clientAddress)
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs five squats at {@code kilograms} through the gateway and completes the workout. */
	private static HttpResponse<String> completeWorkout(String exercise, int kilograms, Instant startedAt) throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/workouts", """
				{"name": "E2E", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": %d}]}]}"""
			.formatted(startedAt, exercise, kilograms));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		HttpResponse<String> completed = send("POST", "/api/v1/workouts/" + field(created.body(), "id") + "/complete", null);
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
		return completed;
	}

	@Test
	@Order(5)
	void everyServiceChecksTheTokenAgainWhenCalledDirectly() throws Exception {
		for (String service : List.of("workout-service", "ai-service", "notification-service")) {
			String url = suite.service(service).spec().url() + "/api/v1/anything";
			HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + accessToken.substring(0, accessToken.length() - 4) + "AAAA")
				.build(), HttpResponse.BodyHandlers.ofString());
			HttpResponse<String> genuine = http.send(
					HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + accessToken).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(forged.statusCode()).as(service + " with a forged signature").isEqualTo(401);
			assertThat(genuine.statusCode()).as(service + " with a genuine token").isEqualTo(404);
		}
	}

	/**
	 * A request with no trace context gets one at the gateway; the gateway passes it on as a W3C
	 * traceparent, ai-service passes it on to user- and workout-service, and each service's access
	 * log line for the request carries the same trace id.
	 */
	@Test
	@Order(9)
	void aTraceStartedAtTheGatewayIsInTheLogsOfEveryServiceTheRequestTouched() throws Exception {
		Path logs = Path.of(System.getProperty("repwise.root", "..")).toAbsolutePath().normalize()
			.resolve("e2e-tests/target/e2e-run/logs");
		// The gateway's access line: "[gateway-service,<trace id>,<request id>] … POST /api/v1/ai/plans 200 …".
		java.util.regex.Pattern line = java.util.regex.Pattern
			.compile("\\[gateway-service,([0-9a-f]{32}),[^\\]]*\\].*POST /api/v1/ai/plans \\d{3}");
		int before = gatewayTraces(logs, line).size();
		HttpResponse<String> plan = send("POST", "/api/v1/ai/plans", """
				{"goal": "GENERAL_FITNESS", "experience": "BEGINNER", "daysPerWeek": 2, "equipment": ["DUMBBELL"]}""");
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
		String traceId = null;
		Instant deadline = Instant.now().plusSeconds(10);
		while (traceId == null && Instant.now().isBefore(deadline)) {
			List<String> traces = gatewayTraces(logs, line);
			if (traces.size() > before) {
				traceId = traces.get(traces.size() - 1);
			}
			else {
				Thread.sleep(200);
			}
		}
		assertThat(traceId).as("the gateway logged the request with a trace id").isNotNull();
		for (String service : List.of("ai-service", "user-service", "workout-service")) {
			String id = traceId;
			Instant until = Instant.now().plusSeconds(10);
			boolean found = false;
			while (!found && Instant.now().isBefore(until)) {
				found = Files.readAllLines(logs.resolve(service + ".log")).stream()
					.anyMatch((logged) -> logged.contains("[" + service + "," + id + ","));
				if (!found) {
					Thread.sleep(200);
				}
			}
			assertThat(found).as(service + " logged trace " + traceId).isTrue();
		}
	}

	private static List<String> gatewayTraces(Path logs, java.util.regex.Pattern line) throws IOException {
		List<String> traces = new ArrayList<>();
		for (String logged : Files.readAllLines(logs.resolve("gateway-service.log"))) {
			java.util.regex.Matcher matcher = line.matcher(logged);
			if (matcher.find()) {
				traces.add(matcher.group(1));
			}
		}
		return traces;
	}

	/**
	 * Four weeks of deadlifts and bench presses, twice a week, each session heavier: the coach plans
	 * from them, saves the plan as a routine, and its readiness, progression, insights and forecast
	 * follow from what was logged.
	 */
	@Test
	@Order(9)
	void coachingFollowsTheLoggedWorkouts() throws Exception {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		String deadlift = field(get("/api/v1/exercises?q=barbell%20deadlift&size=1").body(), "id");
		String bench = field(get("/api/v1/exercises?q=barbell%20bench%20press%20medium%20grip&size=1").body(), "id");
		Instant start = Instant.now().minus(Duration.ofDays(29)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		for (int session = 0; session < 8; session++) {
			Instant startedAt = start.plus(Duration.ofHours(84L * session));
			HttpResponse<String> created = send("POST", "/api/v1/workouts", """
					{"name": "Coach E2E", "startedAt": "%s", "exercises": [
					  {"exerciseId": "%s", "sets": [{"reps": 5, "weight": %d, "rpe": 8}, {"reps": 5, "weight": %d, "rpe": 8}]},
					  {"exerciseId": "%s", "sets": [{"reps": 5, "weight": %d, "rpe": 8}]}]}"""
				.formatted(startedAt, deadlift, 120 + 5 * session, 120 + 5 * session, bench, 80 + 2 * session));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			HttpResponse<String> completed = send("POST", "/api/v1/workouts/" + field(created.body(), "id") + "/complete",
					"{\"endedAt\": \"" + startedAt.plus(Duration.ofHours(1)) + "\"}");
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
		}
		String request = """
				{"goal": "STRENGTH", "experience": "INTERMEDIATE", "daysPerWeek": 3, "sessionMinutes": 75, "weeks": 8,
				 "equipment": ["BARBELL", "DUMBBELL", "BENCH", "PULL_UP_BAR", "BODYWEIGHT", "MACHINE", "CABLE"]}""";
		HttpResponse<String> plan = send("POST", "/api/v1/ai/plans", request);
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
		tools.jackson.databind.JsonNode planned = json.readTree(plan.body());
		assertThat(planned.get("basis").asString()).isEqualTo("PROFILE_AND_HISTORY");
		assertThat(planned.get("plan").get("days")).hasSize(3);
		assertThat(planned.get("plan").get("weeklyVolume")).allSatisfy((volume) -> assertThat(volume.get("status").asString())
			.isEqualTo("WITHIN"));
		// The logged deadlift (last 155 × 5 @ 8: 7 to failure, e1RM 155 / 0.811 = 191.12) sets its starting
		// load: 5 @ 8 is the same 81.1 % of it, 155 again.
		tools.jackson.databind.JsonNode deadliftPlan = null;
		for (tools.jackson.databind.JsonNode day : planned.get("plan").get("days")) {
			for (tools.jackson.databind.JsonNode exercise : day.get("exercises")) {
				if (exercise.get("exerciseId").asString().equals(deadlift)) {
					deadliftPlan = exercise;
				}
			}
		}
		assertThat(deadliftPlan).as("the deadlift, logged 8 times, is in the plan").isNotNull();
		assertThat(deadliftPlan.get("startLoad").asDouble()).isEqualTo(155.0);
		assertThat(send("POST", "/api/v1/ai/plans", request).body()).as("deterministic").isEqualTo(plan.body());

		HttpResponse<String> saved = send("POST", "/api/v1/ai/plans/routines", request);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		String routineId = field(saved.body(), "routineId");
		HttpResponse<String> routine = get("/api/v1/routines/" + routineId);
		assertThat(routine.statusCode()).isEqualTo(200);
		tools.jackson.databind.JsonNode savedRoutine = json.readTree(routine.body());
		assertThat(savedRoutine.get("days")).hasSize(3);
		// The plan's deload weeks are saved with it, and the deadlift starts where the plan's load was
		// worked out: the top of its range.
		int firstDeload = 0;
		for (tools.jackson.databind.JsonNode week : planned.get("plan").get("schedule")) {
			if (firstDeload == 0 && week.get("kind").asString().equals("DELOAD")) {
				firstDeload = week.get("week").asInt();
			}
		}
		assertThat(savedRoutine.get("deloadEveryWeeks").asInt()).isEqualTo(firstDeload).isPositive();
		tools.jackson.databind.JsonNode savedDeadlift = null;
		for (tools.jackson.databind.JsonNode day : savedRoutine.get("days")) {
			for (tools.jackson.databind.JsonNode exercise : day.get("exercises")) {
				if (exercise.get("exerciseId").asString().equals(deadlift)) {
					savedDeadlift = exercise.get("next");
				}
			}
		}
		assertThat(savedDeadlift.get("weight").asDouble()).isEqualTo(155.0);
		assertThat(savedDeadlift.get("reps").asInt()).isEqualTo(deadliftPlan.get("repMax").asInt());

		HttpResponse<String> next = get("/api/v1/ai/recommendations/next-workout");
		assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
		assertThat(json.readTree(next.body()).get("muscles")).hasSize(6);
		assertThat(json.readTree(next.body()).get("recommendation").asString()).as("no active routine yet")
			.isEqualTo("TRAIN_GROUPS");

		// Last session 155 × 5 @ 8: e1RM 191.12; 5 @ RPE 8 = 81.1 % = 155.0.
		HttpResponse<String> progression = get("/api/v1/ai/progression/" + deadlift);
		assertThat(progression.statusCode()).as(progression.body()).isEqualTo(200);
		assertThat(json.readTree(progression.body()).get("method").asString()).isEqualTo("RPE");
		assertThat(json.readTree(progression.body()).get("load").asDouble()).isEqualTo(155.0);
		// The two services agree on every session's e1RM (both from training-kernel): workout-service's
		// progress, to the hundredth, and ai-service's trend, to the tenth.
		tools.jackson.databind.JsonNode trend = json.readTree(progression.body()).get("e1rmTrend");
		tools.jackson.databind.JsonNode sessions = json.readTree(get("/api/v1/progress/exercises/" + deadlift).body())
			.get("sessions");
		List<Double> shownByWorkouts = new ArrayList<>();
		sessions.forEach((session) -> shownByWorkouts.add(session.get("estimated1rm").get("e1rm").asDouble()));
		List<Double> lastSix = shownByWorkouts.subList(Math.max(0, shownByWorkouts.size() - trend.size()), shownByWorkouts.size());
		assertThat(trend).hasSize(lastSix.size());
		for (int i = 0; i < trend.size(); i++) {
			assertThat(trend.get(i).asDouble()).as("session %d of the trend", i).isCloseTo(lastSix.get(i), within(0.051));
		}
		assertThat(lastSix.get(lastSix.size() - 1)).isEqualTo(191.12);

		// Once the saved plan is my active routine, the next workout is one of its days (the last
		// session was four and a half days ago: every group is ready).
		assertThat(send("PUT", "/api/v1/routines/" + routineId + "/active", null).statusCode()).isEqualTo(200);
		tools.jackson.databind.JsonNode fromRoutine = json.readTree(get("/api/v1/ai/recommendations/next-workout").body());
		assertThat(fromRoutine.get("recommendation").asString()).as(fromRoutine.toString()).isEqualTo("ROUTINE_DAY");
		assertThat(fromRoutine.get("routineDay").get("routineId").asString()).isEqualTo(routineId);
		// And the progression advice for a routine exercise is the routine's own state (one state,
		// kept by workout-service): the deadlift's stored 155 kg for the top of its range.
		tools.jackson.databind.JsonNode followed = json.readTree(get("/api/v1/ai/progression/" + deadlift).body());
		assertThat(followed.get("method").asString()).as(followed.toString()).isEqualTo("ROUTINE");
		assertThat(followed.get("load").asDouble()).isEqualTo(155.0);
		assertThat(followed.get("repMin").asInt()).isEqualTo(deadliftPlan.get("repMax").asInt());

		HttpResponse<String> alternatives = get("/api/v1/ai/recommendations/exercises/" + deadlift
				+ "/alternatives?equipment=DUMBBELL&equipment=BODYWEIGHT");
		assertThat(alternatives.statusCode()).as(alternatives.body()).isEqualTo(200);
		assertThat(json.readTree(alternatives.body()).get("alternatives")).isNotEmpty()
			.allSatisfy((alternative) -> assertThat(alternative.get("equipment").asString()).isIn("DUMBBELL", "BODYWEIGHT"));

		HttpResponse<String> insights = get("/api/v1/ai/insights?weeks=4");
		assertThat(insights.statusCode()).as(insights.body()).isEqualTo(200);
		assertThat(json.readTree(insights.body()).get("consistency").get("workouts").asInt()).isGreaterThanOrEqualTo(6);

		// +5 kg a session, two sessions a week: the e1RM rises about 20 kg a week.
		HttpResponse<String> prediction = get("/api/v1/ai/predictions/" + deadlift + "?targetWeight=250");
		assertThat(prediction.statusCode()).as(prediction.body()).isEqualTo(200);
		tools.jackson.databind.JsonNode forecast = json.readTree(prediction.body()).get("forecast");
		assertThat(forecast.get("status").asString()).isEqualTo("OK");
		assertThat(forecast.get("perWeek").asDouble()).isGreaterThan(5);
		assertThat(forecast.get("target").get("status").asString()).isEqualTo("EXPECTED");
		assertThat(send("POST", "/api/v1/ai/plans", "{\"daysPerWeek\": 9}").statusCode()).isEqualTo(400);

		// With the home plates saved (workout-service keeps them), ai-service ramps to a working set
		// and loads the bar from them. 100 kg: 40 a side = 20 + 20; the ramp 20 (bar), 40 (10 a
		// side), 60 (20), 80 (20 + 10). 87.5 kg cannot be made without 1.25s: 85 (20 + 10 + 2.5).
		HttpResponse<String> withPlates = send("PUT", "/api/v1/equipment/plates", """
				{"unit": "kg", "bar": 20, "plates": [{"weight": 20, "pairs": 3}, {"weight": 10, "pairs": 1},
				 {"weight": 5, "pairs": 1}, {"weight": 2.5, "pairs": 1}]}""");
		assertThat(withPlates.statusCode()).as(withPlates.body()).isEqualTo(200);
		HttpResponse<String> warmUp = get("/api/v1/ai/warm-up/" + deadlift + "?weight=100&reps=5");
		assertThat(warmUp.statusCode()).as(warmUp.body()).isEqualTo(200);
		tools.jackson.databind.JsonNode ramp = json.readTree(warmUp.body());
		assertThat(ramp.get("plates").asString()).isEqualTo("MINE");
		assertThat(ramp.get("working").get("perSide")).extracting(tools.jackson.databind.JsonNode::asDouble)
			.containsExactly(20.0, 20.0);
		assertThat(ramp.get("warmUp")).extracting((set) -> set.get("load").asDouble()).containsExactly(20.0, 40.0, 60.0, 80.0);
		assertThat(ramp.get("warmUp").get(3).get("perSide")).extracting(tools.jackson.databind.JsonNode::asDouble)
			.containsExactly(20.0, 10.0);
		tools.jackson.databind.JsonNode plates = json.readTree(get("/api/v1/ai/plates?weight=87.5").body());
		assertThat(plates.get("total").asDouble()).isEqualTo(85.0);
		assertThat(plates.get("exact").asBoolean()).isFalse();
		assertThat(get("/api/v1/ai/plates?weight=0").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/ai/warm-up/" + deadlift + "?weight=heavy").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/ai/warm-up/" + java.util.UUID.randomUUID() + "?weight=100").statusCode()).isEqualTo(404);

		// A soreness report (kept by workout-service) reaches the coach: the hamstrings read as the
		// report says (soreness 9: readiness 10), and hold the legs down with them.
		HttpResponse<String> sore = send("POST", "/api/v1/readiness", "{\"soreness\": {\"HAMSTRINGS\": 9}}");
		assertThat(sore.statusCode()).as(sore.body()).isEqualTo(201);
		tools.jackson.databind.JsonNode today = json.readTree(get("/api/v1/ai/recommendations/next-workout").body());
		tools.jackson.databind.JsonNode hamstrings = null;
		for (tools.jackson.databind.JsonNode muscle : today.get("perMuscle")) {
			if (muscle.get("muscle").asString().equals("HAMSTRINGS")) {
				hamstrings = muscle;
			}
		}
		assertThat(hamstrings.get("soreness").asInt()).isEqualTo(9);
		assertThat(hamstrings.get("readiness").asInt()).isEqualTo(10);
		for (tools.jackson.databind.JsonNode group : today.get("muscles")) {
			if (group.get("group").asString().equals("LEGS")) {
				assertThat(group.get("readiness").asInt()).isEqualTo(10);
				assertThat(group.get("why").asString()).contains("hamstrings soreness 9/10");
			}
		}
	}

	/**
	 * Everything of a lifter goes out as JSON and comes back in another account without loss:
	 * workouts in pounds with RIR, supersets, distances and one still in progress, a private
	 * exercise, the routine the coach saved with its progression state, records, plates, soreness,
	 * and what user-service keeps (profile and body weights, through the user's relayed token).
	 * Exported again, the second account's file equals the first's but for ids; importing it
	 * again adds nothing. Deleting that account then erases its training data in workout-service.
	 */
	@Test
	@Order(10)
	void aHistoryGoesOutAsJsonAndComesBackInAnotherAccountWithoutLoss() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		assertThat(send("PUT", "/api/v1/profiles/me", """
				{"unitSystem": "IMPERIAL", "timeZone": "America/Chicago", "experience": "INTERMEDIATE", "goal": "STRENGTH",
				 "trainingDaysPerWeek": 4, "sessionMinutes": 70, "height": {"value": 70, "unit": "in"}, "sex": "FEMALE",
				 "birthDate": "1990-04-02", "equipment": ["BARBELL", "DUMBBELL"], "injuries": "left knee, 2022"}""").statusCode())
			.isEqualTo(200);
		for (String day : List.of("2026-01-05", "2026-02-05")) {
			assertThat(send("POST", "/api/v1/profiles/me/body-weight",
					"{\"measuredOn\": \"" + day + "\", \"weight\": {\"value\": 150.5, \"unit\": \"lb\"}, \"note\": \"morning\"}")
				.statusCode()).isEqualTo(201);
		}
		HttpResponse<String> custom = send("POST", "/api/v1/exercises", """
				{"name": "Sled Push (Turf)", "category": "STRENGTH", "muscleGroup": "LEGS", "difficulty": "INTERMEDIATE",
				 "equipment": "OTHER", "tracking": "WEIGHT_REPS", "primaryMuscles": ["quadriceps"], "secondaryMuscles": ["glutes"]}""");
		assertThat(custom.statusCode()).as(custom.body()).isEqualTo(201);
		String squat = field(get("/api/v1/exercises?q=barbell%20squat&size=1").body(), "id");
		String run = field(get("/api/v1/exercises?q=running%20outdoor&size=1").body(), "id");
		HttpResponse<String> mixed = send("POST", "/api/v1/workouts?units=imperial", """
				{"name": "Everything", "notes": "supersets, RIR and a run", "startedAt": "2026-03-01T15:00:00Z",
				 "endedAt": "2026-03-01T16:10:00Z", "exercises": [
				  {"exerciseId": "%s", "supersetGroup": 1, "notes": "belt", "sets": [
				    {"type": "WARMUP", "reps": 5, "weight": 135, "restSeconds": 90},
				    {"reps": 5, "weight": 225, "rir": 2, "restSeconds": 180}, {"type": "FAILURE", "reps": 3, "weight": 245, "rpe": 10}]},
				  {"exerciseId": "%s", "supersetGroup": 1, "sets": [{"reps": 8, "weight": 90}]},
				  {"exerciseId": "%s", "sets": [{"distance": 3.1, "durationSeconds": 1680}]}]}"""
			.formatted(squat, field(custom.body(), "id"), run));
		assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(201);
		assertThat(send("POST", "/api/v1/workouts", "{\"name\": \"Still going\", \"startedAt\": \"2026-03-02T15:00:00Z\","
				+ " \"exercises\": [{\"exerciseId\": \"" + squat + "\", \"sets\": [{\"reps\": 5, \"weight\": 100,"
				+ " \"completed\": false}]}]}").statusCode()).isEqualTo(201);

		HttpResponse<String> exported = get("/api/v1/exports?format=json&units=imperial");
		assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).contains("attachment").contains("repwise-export-"));
		JsonNode first = json.readTree(exported.body());
		assertThat(first.get("workouts").size()).isGreaterThanOrEqualTo(10);
		assertThat(first.get("routines")).isNotEmpty();
		assertThat(first.get("bodyWeight")).hasSize(2);
		assertThat(first.get("profile").get("unitSystem").asString()).isEqualTo("IMPERIAL");

		String other = "roundtrip-" + UUID.randomUUID() + "@example.com";
		String otherId = field(register(other).body(), "id");
		String otherToken = field(send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + other + "\",\"password\":\"a long enough secret\"}", null).body(), "accessToken");
		TestHttp viaGateway = TestHttp.at(URI.create(gateway).getPort());
		HttpResponse<String> previewed = viaGateway.upload("/api/v1/imports", "repwise-export.json",
				exported.body().getBytes(StandardCharsets.UTF_8), otherToken);
		assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(201);
		JsonNode preview = json.readTree(previewed.body());
		assertThat(preview.get("format").asString()).isEqualTo("repwise-json");
		assertThat(preview.get("preview").get("extras").get("profile").asBoolean()).isTrue();
		String importId = preview.get("id").asString();
		JsonNode outcome = awaitImport(importId, otherToken, json).get("outcome");
		assertThat(outcome.get("profile").asString()).isEqualTo("restored");
		assertThat(outcome.get("bodyWeightsAdded").asInt()).isEqualTo(2);
		assertThat(outcome.get("workoutsAdded").asInt()).isEqualTo(first.get("workouts").size());

		JsonNode second = json.readTree(send("GET", "/api/v1/exports?format=json&units=imperial", null, otherToken).body());
		assertThat(withoutIds(second, json)).isEqualTo(withoutIds(first, json));

		String again = json.readTree(viaGateway.upload("/api/v1/imports", "repwise-export.json",
				exported.body().getBytes(StandardCharsets.UTF_8), otherToken).body()).get("id").asString();
		JsonNode twice = awaitImport(again, otherToken, json).get("outcome");
		assertThat(twice.get("workoutsAdded").asInt()).as("importing the same file again adds nothing").isZero();
		assertThat(twice.get("bodyWeightsAdded").asInt()).isZero();
		assertThat(twice.get("routinesAdded").asInt()).isZero();

		// Deleting the account erases its training data too: UserDeleted reaches workout-service.
		HttpResponse<String> deleted = send("DELETE", "/api/v1/users/me", "{\"currentPassword\": \"a long enough secret\"}",
				otherToken);
		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
		assertThat(awaitCount("workouts", "SELECT count(*) FROM workout WHERE owner_id = CAST(? AS uuid)", otherId, 0,
				Duration.ofSeconds(30))).as("workouts of the deleted account").isZero();
		assertThat(awaitCount("workouts", "SELECT count(*) FROM routine WHERE owner_id = CAST(? AS uuid)", otherId, 0,
				Duration.ofSeconds(5))).isZero();
	}

	/** The count the query gives, polled until it is {@code expected} or the wait is over. */
	private static long awaitCount(String database, String sql, String parameter, long expected, Duration wait)
			throws Exception {
		Instant deadline = Instant.now().plus(wait);
		try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(database), suite.databaseUser(),
				suite.databasePassword()); PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, parameter);
			while (true) {
				try (ResultSet result = query.executeQuery()) {
					result.next();
					long count = result.getLong(1);
					if (count == expected || Instant.now().isAfter(deadline)) {
						return count;
					}
				}
				Thread.sleep(200);
			}
		}
	}

	private static JsonNode awaitImport(String id, String token, JsonMapper json) throws Exception {
		HttpResponse<String> confirmed = send("POST", "/api/v1/imports/" + id + "/confirm", "{}", token);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(202);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = json.readTree(send("GET", "/api/v1/imports/" + id, null, token).body());
			if (!job.get("status").asString().equals("RUNNING")) {
				assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("import " + id + " still running");
	}

	/**
	 * The document with every id replaced by whether it is there (the second account's ids are
	 * new), the export's own time and the profile's bookkeeping left out, records in name order.
	 */
	private static JsonNode withoutIds(JsonNode document, JsonMapper json) {
		ObjectNode copy = (ObjectNode) document.deepCopy();
		copy.remove("exportedAt");
		ObjectNode profile = (ObjectNode) copy.get("profile");
		profile.remove("userId");
		profile.remove("updatedAt");
		List<JsonNode> records = new ArrayList<>();
		copy.get("records").forEach(records::add);
		records.sort(Comparator.comparing((JsonNode record) -> record.get("exerciseName").asString())
			.thenComparing((record) -> record.get("kind").asString())
			.thenComparing((record) -> record.path("weight").asDouble()));
		ArrayNode sorted = json.createArrayNode();
		records.forEach(sorted::add);
		copy.set("records", sorted);
		return replaceIds(copy);
	}

	private static JsonNode replaceIds(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				JsonNode value = object.get(name);
				if ((name.equals("id") || name.endsWith("Id")) && value.isString()) {
					object.put(name, "<id>");
				}
				else {
					replaceIds(value);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(SuiteEndToEndIT::replaceIds);
		}
		return node;
	}

	@Test
	@Order(11)
	void stoppedServiceGivesFallbackAndDegradedHealthWhileOthersAnswer() throws Exception {
		suite.stop("workout-service");

		HttpResponse<String> get = get("/api/v1/workouts/recent");
		HttpResponse<String> post = send("POST", "/api/v1/workouts", "{\"name\":\"Leg day\"}");
		HttpResponse<String> health = get("/health");

		for (HttpResponse<String> response : List.of(get, post)) {
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"service\":\"workout-service\"");
		}
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"DEGRADED\"")
			.containsPattern("\"workout-service\":\\{\"status\":\"DOWN\"")
			.containsPattern("\"user-service\":\\{\"status\":\"UP\"");
		assertFeatureHealth("/api/v1/auth/health", "user-service", 200);
		assertThat(get("/api/v1/users/me").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(12)
	void aiServiceSaysWhichDependencyIsMissing() throws Exception {
		HttpResponse<String> response = get("/api/v1/ai/health");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("\"workoutService\":\"DOWN\"").contains("\"userService\":\"UP\"");

		// History lives in workout-service: insights cannot be worked out and say why; a plan is
		// still made, from the profile and the library cached earlier, and says so.
		HttpResponse<String> insights = get("/api/v1/ai/insights");
		assertThat(insights.statusCode()).as(insights.body()).isEqualTo(503);
		assertThat(insights.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(insights.body()).contains("\"dependency\":\"workout-service\"");
		HttpResponse<String> plan = send("POST", "/api/v1/ai/plans",
				"{\"goal\": \"HYPERTROPHY\", \"experience\": \"BEGINNER\", \"daysPerWeek\": 4, \"equipment\": [\"DUMBBELL\", \"BODYWEIGHT\"]}");
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
		assertThat(plan.body()).contains("\"basis\":\"PROFILE_ONLY\"");
	}

	private static HttpResponse<String> register(String email) throws Exception {
		HttpResponse<String> registered = send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"E2E\",\"password\":\"a long enough secret\"}", null);
		assertThat(registered.statusCode()).isEqualTo(201);
		return registered;
	}

	/** Whether notification-service recorded an event of this type about the user, within the wait. */
	private static boolean awaitEvent(String publisherDatabase, String type, String userId, Duration wait)
			throws Exception {
		return awaitEvent(publisherDatabase, type, userId, Instant.EPOCH, wait);
	}

	/** Like the above, counting only events that occurred at or after {@code since}. */
	private static boolean awaitEvent(String publisherDatabase, String type, String userId, Instant since, Duration wait)
			throws Exception {
		Instant deadline = Instant.now().plus(wait);
		try (Connection users = DriverManager.getConnection(suite.jdbcUrl(publisherDatabase), suite.databaseUser(),
				suite.databasePassword());
				Connection notifications = DriverManager.getConnection(suite.jdbcUrl("notifications"),
						suite.databaseUser(), suite.databasePassword())) {
			do {
				try (PreparedStatement eventIds = users.prepareStatement(
						"SELECT id FROM outbox_event WHERE type = ? AND subject = CAST(? AS uuid) AND occurred_at >= ?")) {
					eventIds.setString(1, type);
					eventIds.setString(2, userId);
					eventIds.setTimestamp(3, Timestamp.from(since));
					try (ResultSet ids = eventIds.executeQuery()) {
						while (ids.next()) {
							try (PreparedStatement processed = notifications
								.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
								processed.setObject(1, ids.getObject(1));
								try (ResultSet found = processed.executeQuery()) {
									if (found.next()) {
										return true;
									}
								}
							}
						}
					}
				}
				Thread.sleep(200);
			}
			while (Instant.now().isBefore(deadline));
		}
		return false;
	}

	private static void assertFeatureHealth(String path, String service, int status) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.body()).as(path).contains("\"service\":\"" + service + "\"");
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null);
	}

	/** With the signed-in user's token once there is one. */
	private static HttpResponse<String> send(String method, String path, String json) throws Exception {
		return send(method, path, json, accessToken);
	}

	private static HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String field(String json, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		assertThat(matcher.find()).as(name + " in " + json).isTrue();
		return matcher.group(1);
	}

	private static List<Integer> freePorts(int count) throws IOException {
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				held.add(new ServerSocket(0));
			}
			return held.stream().map(ServerSocket::getLocalPort).toList();
		}
		finally {
			for (ServerSocket socket : held) {
				socket.close();
			}
		}
	}

}
