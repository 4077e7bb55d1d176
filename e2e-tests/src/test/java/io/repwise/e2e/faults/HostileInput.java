package io.repwise.e2e.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.repwise.e2e.compose.ComposeStack;
import io.repwise.e2e.compose.Docker;
import io.repwise.e2e.faults.HostileRequests.Attack;
import io.repwise.e2e.faults.HostileRequests.Operation;
import io.repwise.testsupport.TestTokens;

/**
 * Scenario 6 of the fault suite: reads each service's OpenAPI document from its container, makes
 * the hostile requests of {@link HostileRequests} for every operation routed to the public API,
 * adds forged and misused tokens and another user's ids, sends them all (paced, bounded) and
 * judges every answer. Sign-in routes ({@code /api/v1/auth/**}) go to user-service directly: the
 * gateway limits them to one a second per client address, which would answer most with a 429.
 */
final class HostileInput {

	/** Services with an OpenAPI document, and their ports. */
	static final Map<String, Integer> SERVICES = Map.of("user-service", 3001, "workout-service", 3002, "ai-service",
			3003, "notification-service", 3004);

	/** Text in an answer that means internals escaped: stack frames, exception and driver names, SQL. */
	static final Pattern LEAK = Pattern.compile("(?i)(exception|\\bat [a-z]+\\.[a-z]+\\.|org\\.springframework|"
			+ "org\\.hibernate|psqlexception|sqlstate|jdbc:|hikari|java\\.lang|lettuce|select .* from )");

	/** Requests a second, all attackers together: each stays inside its 20 a second limit. */
	static final int RATE = 80;

	static final JsonMapper json = JsonMapper.builder().build();

	private final ComposeStack stack;

	private final Map<String, JsonNode> documents;

	private final List<String> attackers;

	private final Owner owner;

	private final String intruder;

	private final TestTokens ownKeyTokens;

	/** HTTP/1.1 as most clients speak it to the gateway (no h2c upgrade offer on every connection). */
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private HostileInput(ComposeStack stack, Map<String, JsonNode> documents, List<String> attackers, Owner owner,
			String intruder, TestTokens ownKeyTokens) {
		this.stack = stack;
		this.documents = documents;
		this.attackers = attackers;
		this.owner = owner;
		this.intruder = intruder;
		this.ownKeyTokens = ownKeyTokens;
	}

	/** A user who owns one of everything, whose ids the intruder tries. */
	record Owner(String token, UUID id, Map<String, String> ids) {

		/** The owner's id for the parameter after {@code prefix} ({@code /api/v1/workouts/} → a workout). */
		String idAfter(String prefix) {
			String[] segments = prefix.split("/");
			String collection = segments[segments.length - 1];
			String parent = (segments.length > 2) ? segments[segments.length - 3] : "";
			String key = collection.equals("exercises") && parent.equals("workouts") ? "entries" : collection;
			return this.ids.getOrDefault(key, UUID.randomUUID().toString());
		}

	}

	/** What came back for one attack. */
	/**
	 * @param resent when there was no answer in time, the status the same request got when sent
	 * again at once on a new connection (0: none either); -1 when it was not sent again
	 */
	record Outcome(Attack attack, int status, String contentType, String body, String requestId, int resent) {

		boolean problem() {
			return this.contentType != null && this.contentType.startsWith("application/problem+json");
		}

		String describe() {
			// Without an answer, the body holds the diagnosis (what was logged for it): kept whole.
			int keep = (this.status == 0) ? Integer.MAX_VALUE : 160;
			String snippet = (this.body == null) ? "" : this.body.substring(0, Math.min(keep, this.body.length()))
				.replaceAll("\\s+", " ");
			String sent = (this.attack.body() != null) ? this.attack.body().length() + "-character body"
					: "no body";
			return "%s [%s] %s (%s) -> %d %s %s".formatted(this.attack.operation(), this.attack.kind(),
					abbreviate(this.attack.path()), sent, this.status, this.contentType, snippet);
		}

		private static String abbreviate(String path) {
			return (path.length() > 100) ? path.substring(0, 100) + "…(" + path.length() + " chars)" : path;
		}

	}

	/** The judgement over every outcome. */
	record Findings(int documents, int operations, int sent, Duration took, List<Outcome> serverErrors,
			List<Outcome> lostOnce, List<Outcome> notProblems, List<Outcome> leaks, List<Outcome> accepted,
			SortedMap<Integer, Long> statuses) {

		/** Each kind of finding once (by status, content type and attack), with how often it came and an example. */
		List<String> examples() {
			List<String> lines = new ArrayList<>();
			lines.addAll(grouped("5xx", this.serverErrors));
			lines.addAll(grouped("no answer, then answered when sent again", this.lostOnce));
			lines.addAll(grouped("not a problem", this.notProblems));
			lines.addAll(grouped("leak", this.leaks));
			// Not findings: hostile requests the API accepted, to read whether each should have been.
			lines.addAll(grouped("accepted", this.accepted));
			return lines;
		}

		private static List<String> grouped(String finding, List<Outcome> outcomes) {
			Map<String, List<Outcome>> groups = outcomes.stream()
				.collect(Collectors.groupingBy((o) -> o.status() + " " + o.attack().operation() + " " + o.attack().kind(),
						TreeMap::new, Collectors.toList()));
			List<String> lines = new ArrayList<>();
			groups.forEach((key, group) -> lines.add("%s ×%d: %s".formatted(finding, group.size(), group.get(0).describe())));
			return lines;
		}

	}

	static HostileInput against(ComposeStack stack, Callable<String> newUser, String exercise) throws Exception {
		Map<String, JsonNode> documents = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> service : new TreeMap<>(SERVICES).entrySet()) {
			String address = stack.address(stack.containers(service.getKey()).get(0));
			HttpResponse<String> document = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://" + address + ":" + service.getValue() + "/v3/api-docs"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (document.statusCode() != 200) {
				throw new IllegalStateException(service.getKey() + " /v3/api-docs answered " + document.statusCode());
			}
			documents.put(service.getKey(), json.readTree(document.body()));
		}
		List<String> attackers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			attackers.add(newUser.call());
		}
		Owner owner = owner(stack, newUser.call(), exercise);
		String intruder = newUser.call();
		// user-service's own key, from its volume: tokens that are validly signed but expired or meant for others.
		String userService = stack.containers("user-service").get(0);
		String pem = Docker.docker(Duration.ofSeconds(30), "exec", userService, "cat",
				"/var/lib/repwise/keys/signing-key.pem");
		// From the service itself: the gateway's sign-in limit has just been spent on the sign-ups.
		String jwks = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://" + stack.address(userService) + ":3001/api/v1/auth/jwks"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		TestTokens ownKey = TestTokens.signedWith(pem, json.readTree(jwks).get("keys").get(0).toString());
		return new HostileInput(stack, documents, attackers, owner, intruder, ownKey);
	}

	private static Owner owner(ComposeStack stack, String token, String exercise) throws Exception {
		Map<String, String> ids = new LinkedHashMap<>();
		Api api = new Api(stack.gateway(), token);
		JsonNode done = api.created("/api/v1/workouts", """
				{"name": "Owner's first", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": 60}]}]}"""
			.formatted(Instant.now().minus(Duration.ofHours(2)), exercise));
		api.send("POST", "/api/v1/workouts/" + done.get("id").asString() + "/complete", null);
		JsonNode open = api.created("/api/v1/workouts", """
				{"name": "Owner's second", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": 62.5}]}]}"""
			.formatted(exercise));
		ids.put("workouts", open.get("id").asString());
		ids.put("entries", open.get("exercises").get(0).get("id").asString());
		ids.put("sets", open.get("exercises").get(0).get("sets").get(0).get("id").asString());
		ids.put("exercises", api.created("/api/v1/exercises", """
				{"name": "Owner's private press", "category": "STRENGTH", "muscleGroup": "SHOULDERS", "difficulty": "INTERMEDIATE",
				 "equipment": "DUMBBELL", "mechanic": "COMPOUND", "force": "PUSH", "tracking": "WEIGHT_REPS", "met": 5,
				 "primaryMuscles": ["shoulders"], "secondaryMuscles": ["triceps"], "instructions": ["Press."], "shared": false}""")
			.get("id")
			.asString());
		ids.put("routines", api.created("/api/v1/routines", """
				{"name": "Owner's routine", "goal": "STRENGTH", "level": "BEGINNER", "daysPerWeek": 3, "days": [{"name": "Day 1",
				 "exercises": [{"exerciseId": "%s", "sets": 3, "repMin": 5, "repMax": 8, "startWeight": 60,
				 "rule": {"type": "LINEAR", "increment": 2.5}}]}]}""".formatted(exercise))
			.get("id")
			.asString());
		ids.put("body-weight", api.created("/api/v1/profiles/me/body-weight",
				"{\"measuredOn\":\"2026-11-01\",\"weight\":{\"value\":80,\"unit\":\"kg\"}}")
			.get("id")
			.asString());
		Instant deadline = Instant.now().plusSeconds(60);
		while (!ids.containsKey("notifications") && Instant.now().isBefore(deadline)) {
			JsonNode items = json.readTree(api.send("GET", "/api/v1/notifications", null).body()).path("items");
			if (!items.isEmpty()) {
				ids.put("notifications", items.get(0).get("id").asString());
			}
			Thread.sleep(500);
		}
		if (!ids.containsKey("notifications")) {
			throw new IllegalStateException("The owner's workout summary never arrived");
		}
		return new Owner(token, subject(token), ids);
	}

	Findings run() throws Exception {
		List<Sent> attacks = new ArrayList<>();
		int operations = 0;
		for (JsonNode document : this.documents.values()) {
			HostileRequests requests = new HostileRequests(document);
			for (Operation operation : requests.operations("/api/v1/")) {
				operations++;
				attacks.addAll(attacksOn(requests, operation));
			}
		}
		// Shuffled, so one user's requests never come in a burst past their own rate limit.
		Collections.shuffle(attacks, new Random(16));
		Instant started = Instant.now();
		List<Outcome> outcomes = send(attacks);
		Duration took = Duration.between(started, Instant.now());
		return judge(outcomes, operations, took);
	}

	/** One attack and the Authorization header it carries. */
	private record Sent(Attack attack, String authorization) {
	}

	private List<Sent> attacksOn(HostileRequests requests, Operation operation) {
		List<Sent> sent = new ArrayList<>();
		boolean stream = operation.template().endsWith("/stream");
		// Deleting the attacker's own account would end the run: only the token attacks for it.
		boolean ownAccountGone = operation.name().equals("DELETE /api/v1/users/me");
		int turn = 0;
		for (Attack attack : requests.attacks(operation, (prefix) -> UUID.randomUUID().toString())) {
			if (attack.token() == HostileRequests.Token.NONE) {
				sent.add(new Sent(attack, null));
			}
			else if (!stream && !ownAccountGone) {
				sent.add(new Sent(attack, "Bearer " + this.attackers.get(turn++ % this.attackers.size())));
			}
		}
		String path = HostileRequests.fill(operation.template(), this.owner::idAfter);
		String body = operation.hasBody() ? requests.exampleBody(operation).toString() : null;
		for (Map.Entry<String, String> forged : forgedTokens().entrySet()) {
			sent.add(new Sent(new Attack(forged.getKey(), operation.name(), operation.method(), path, "application/json",
					body, HostileRequests.Token.OWN), "Bearer " + forged.getValue()));
		}
		if (!HostileRequests.parameters(operation, "path").isEmpty() && !stream) {
			sent.add(new Sent(new Attack("another user's ids", operation.name(), operation.method(), path,
					"application/json", body, HostileRequests.Token.OWN), "Bearer " + this.intruder));
		}
		return sent;
	}

	/** The owner's token misused every way a token can be: each must be refused where a token is needed. */
	private Map<String, String> forgedTokens() {
		Map<String, String> tokens = new LinkedHashMap<>();
		String[] parts = this.owner.token().split("\\.");
		String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
				"{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		tokens.put("alg none", none + "." + parts[1] + ".");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"USER\"", "\"ADMIN\"");
		tokens.put("claims changed, signature kept", parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2]);
		tokens.put("signature cut", parts[0] + "." + parts[1] + ".");
		tokens.put("expired", this.ownKeyTokens.forUser(this.owner.id(), "repwise", "repwise-api",
				Instant.now().minusSeconds(120)));
		tokens.put("another audience", this.ownKeyTokens.forUser(this.owner.id(), "repwise", "someone-else",
				Instant.now().plusSeconds(600)));
		tokens.put("another issuer", this.ownKeyTokens.forUser(this.owner.id(), "evil", "repwise-api",
				Instant.now().plusSeconds(600)));
		tokens.put("another key", new TestTokens().forUser(this.owner.id()));
		return tokens;
	}

	private List<Outcome> send(List<Sent> attacks) throws InterruptedException {
		ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
		ExecutorService senders = Executors.newFixedThreadPool(8);
		AtomicLong nextSlot = new AtomicLong(System.nanoTime());
		long period = TimeUnit.SECONDS.toNanos(1) / RATE;
		String userService = "http://" + this.stack.address(this.stack.containers("user-service").get(0)) + ":3001";
		for (Sent sent : attacks) {
			senders.submit(() -> {
				long slot = nextSlot.getAndAdd(period);
				long wait = slot - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				String base = sent.attack().path().startsWith("/api/v1/auth/") ? userService : this.stack.gateway();
				outcomes.add(send(base, sent));
				return null;
			});
		}
		senders.shutdown();
		// Bounded: at the pace above, plus the slowest route's timeout.
		if (!senders.awaitTermination(attacks.size() / RATE + 120, TimeUnit.SECONDS)) {
			senders.shutdownNow();
			throw new IllegalStateException("Hostile requests still unanswered after the time allowed");
		}
		return List.copyOf(outcomes);
	}

	/**
	 * The answer, and when there was none in time the same request once more on a new connection,
	 * so the log tells a request the server never answers from one lost on the way.
	 */
	private Outcome send(String base, Sent sent) {
		// A body over the limit is refused before it is all sent, and the gateway closes that
		// connection; on a client of its own, so no other request can be put on it meanwhile.
		boolean oversized = sent.attack().body() != null && sent.attack().body().length() > 1024 * 1024;
		Outcome outcome = send(oversized ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build() : this.http,
				base, sent);
		if (outcome.status() != 0) {
			return outcome;
		}
		HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Outcome again = send(fresh, base, sent);
		return new Outcome(outcome.attack(), 0, null, outcome.requestId() + " " + outcome.body() + "; sent again: " + again.status() + " "
				+ again.contentType() + "; logged: " + gatewayLines(outcome.requestId()), outcome.requestId(), again.status());
	}

	/** What the gateway and the services logged for one request id, to tell a lost request from a lost answer. */
	private String gatewayLines(String requestId) {
		return this.stack.serviceLogLines(requestId);
	}

	private static Outcome send(HttpClient http, String base, Sent sent) {
		Attack attack = sent.attack();
		String requestId = "hostile-" + UUID.randomUUID();
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attack.path()))
				.timeout(Duration.ofSeconds(25))
				.header("X-Request-Id", requestId)
				.header("Content-Type", attack.contentType())
				.method(attack.method(), (attack.body() != null) ? HttpRequest.BodyPublishers.ofString(attack.body())
						: HttpRequest.BodyPublishers.noBody());
			if (sent.authorization() != null) {
				request.header("Authorization", sent.authorization());
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Outcome(attack, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.body(), requestId, -1);
		}
		catch (Exception ex) {
			return new Outcome(attack, 0, null, ex.toString(), requestId, -1);
		}
	}

	private static Findings judge(List<Outcome> outcomes, int operations, Duration took) {
		// An operation that refuses a request without a token must refuse every forged one too.
		Map<String, Boolean> protectedOperations = outcomes.stream()
			.filter((o) -> o.attack().kind().equals("no token"))
			.collect(Collectors.toMap((o) -> o.attack().operation(), (o) -> o.status() == 401, (a, b) -> a && b));
		List<Outcome> serverErrors = new ArrayList<>();
		List<Outcome> lostOnce = new ArrayList<>();
		List<Outcome> notProblems = new ArrayList<>();
		List<Outcome> leaks = new ArrayList<>();
		List<Outcome> accepted = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			boolean ok = outcome.status() >= 200 && outcome.status() < 300;
			if (ok) {
				accepted.add(outcome);
			}
			if (outcome.status() == 0 && outcome.resent() > 0 && outcome.resent() < 500) {
				lostOnce.add(outcome);
			}
			else if (outcome.status() >= 500 || outcome.status() == 0) {
				serverErrors.add(outcome);
			}
			else if (outcome.status() >= 400 && !outcome.problem()) {
				notProblems.add(outcome);
			}
			String kind = outcome.attack().kind();
			boolean forged = !kind.equals("no token") && !kind.equals("another user's ids")
					&& !kind.startsWith("path ") && !kind.startsWith("query ") && !kind.startsWith("body")
					&& !kind.equals("unexpected body");
			if ((outcome.body() != null && outcome.status() != 0 && LEAK.matcher(outcome.body()).find())
					|| (ok && kind.equals("another user's ids"))
					|| (ok && forged && protectedOperations.getOrDefault(outcome.attack().operation(), false))) {
				leaks.add(outcome);
			}
		}
		SortedMap<Integer, Long> statuses = outcomes.stream()
			.collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
		return new Findings(SERVICES.size(), operations, outcomes.size(), took, serverErrors, lostOnce, notProblems,
				leaks, accepted, statuses);
	}

	private static UUID subject(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return UUID.fromString(json.readTree(payload).get("sub").asString());
	}

	/** Requests as one signed-in user, through the gateway, for setting up what the attacks aim at. */
	private record Api(String base, String token) {

		HttpResponse<String> send(String method, String path, String body) throws Exception {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + this.token)
					.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
							: HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
		}

		JsonNode created(String path, String body) throws Exception {
			HttpResponse<String> response = send("POST", path, body);
			if (response.statusCode() != 201) {
				throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
						+ response.body());
			}
			return json.readTree(response.body());
		}

	}

}
