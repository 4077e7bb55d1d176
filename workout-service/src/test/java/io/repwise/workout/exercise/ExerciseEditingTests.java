package io.repwise.workout.exercise;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestRedis;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Private exercises, administrators' library changes and the Redis cache in front of the library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class ExerciseEditingTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	RedisConnectionFactory redis;

	@Test
	void customExercisesArePrivateToTheirOwner() throws Exception {
		String owner = tokens.forUser(UUID.randomUUID());
		String stranger = tokens.forUser(UUID.randomUUID());
		assertThat(names(api().body(200, api().send("GET", "/api/v1/exercises?q=landmine%20thruster", null, owner))))
			.as("before they have any, the owner gets the shared pages").doesNotContain("Landmine Thruster");

		JsonNode mine = api().body(201, api().send("POST", "/api/v1/exercises", exercise("Landmine Thruster", null), owner));
		assertThat(mine.get("custom").asBoolean()).isTrue();
		assertThat(mine.get("primaryMuscles")).extracting(JsonNode::asString).containsExactly("shoulders", "quadriceps");
		String path = "/api/v1/exercises/" + mine.get("id").asString();

		assertThat(names(api().body(200, api().send("GET", "/api/v1/exercises?q=landmine%20thruster", null, owner))))
			.contains("Landmine Thruster");
		assertThat(names(api().body(200, api().send("GET", "/api/v1/exercises?q=landmine%20thruster", null, stranger))))
			.doesNotContain("Landmine Thruster");
		assertThat(api().send("GET", path, null, stranger).statusCode()).isEqualTo(404);
		assertThat(api().send("PUT", path, exercise("Stolen", null), stranger).statusCode()).isEqualTo(404);
		assertThat(api().send("DELETE", path, null, stranger).statusCode()).isEqualTo(404);

		assertThat(api().send("POST", "/api/v1/exercises", exercise("landmine thruster", null), owner).statusCode())
			.as("names are unique per owner, ignoring case").isEqualTo(409);
		assertThat(api().body(201, api().send("POST", "/api/v1/exercises", exercise("Landmine Thruster", null), stranger))
			.get("custom").asBoolean()).as("another user may use the same name").isTrue();

		JsonNode renamed = api().body(200, api().send("PUT", path, exercise("Landmine Push Press", null), owner));
		assertThat(renamed.get("name").asString()).isEqualTo("Landmine Push Press");
		assertThat(api().send("DELETE", path, null, owner).statusCode()).isEqualTo(204);
		assertThat(api().send("GET", path, null, owner).statusCode()).isEqualTo(404);
	}

	@Test
	void badExercisesAreRefusedNamingTheField() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());

		assertThat(api().invalidField(api().send("POST", "/api/v1/exercises",
				exercise("Odd", null).replace("\"shoulders\"", "\"elbows\""), token))).isEqualTo("primaryMuscles");
		assertThat(api().invalidField(api().send("POST", "/api/v1/exercises", exercise("Odd", null).replace("DUMBBELL", "SPOON"), token)))
			.isEqualTo("equipment");
		assertThat(api().invalidField(api().send("POST", "/api/v1/exercises", exercise("", null), token))).isEqualTo("name");
		assertThat(api().send("POST", "/api/v1/exercises", exercise("Mine for all", true), token).statusCode())
			.as("only administrators write the shared library").isEqualTo(403);
	}

	@Test
	void administratorsManageTheSharedLibraryAndReadersSeeChangesAtOnce() throws Exception {
		String admin = tokens.forUser(UUID.randomUUID(), Map.of(), "USER", "ADMIN");
		String reader = tokens.forUser(UUID.randomUUID());
		String search = "/api/v1/exercises?q=zercher%20carry&size=100";
		assertThat(names(api().body(200, api().send("GET", search, null, reader)))).doesNotContain("Zercher Carry");

		JsonNode shared = api().body(201, api().send("POST", "/api/v1/exercises", exercise("Zercher Carry", true), admin));
		String path = "/api/v1/exercises/" + shared.get("id").asString();
		assertThat(shared.get("custom").asBoolean()).isFalse();
		assertThat(names(api().body(200, api().send("GET", search, null, reader)))).as("the cached page was evicted")
			.contains("Zercher Carry");
		assertThat(api().send("PUT", path, exercise("Mine now", null), reader).statusCode()).isEqualTo(403);

		api().body(200, api().send("PUT", path, exercise("Zercher Carry (Heavy)", true), admin));
		assertThat(api().body(200, api().send("GET", path, null, reader)).get("name").asString()).isEqualTo("Zercher Carry (Heavy)");

		String workout = "{\"name\": \"Carry day\", \"exercises\": [{\"exerciseId\": \"" + shared.get("id").asString()
				+ "\", \"sets\": [{\"durationSeconds\": 60, \"weight\": 80}]}]}";
		api().body(201, api().send("POST", "/api/v1/workouts", workout, reader));
		assertThat(api().send("DELETE", path, null, admin).statusCode()).as("history refers to it").isEqualTo(409);
	}

	@Test
	void readsComeFromRedisAndFromTheDatabaseWhenRedisIsDown() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String search = "/api/v1/exercises?muscleGroup=CORE&difficulty=ADVANCED&size=5";
		JsonNode first = api().body(200, api().send("GET", search, null, token));
		double hits = cacheCount("hit");
		JsonNode second = api().body(200, api().send("GET", search, null, token));
		assertThat(cacheCount("hit")).isEqualTo(hits + 1);
		assertThat(second).isEqualTo(first);

		TestRedis.server().close();
		try {
			JsonNode withoutRedis = api().body(200, api().send("GET", search, null, token));
			assertThat(withoutRedis.get("totalItems")).isEqualTo(first.get("totalItems"));
			assertThat(api().body(200, api().send("GET", "/api/v1/exercises/" + first.get("items").get(0).get("id").asString(), null,
					token)).get("name")).isEqualTo(first.get("items").get(0).get("name"));
			assertThat(cacheCount("bypass")).isPositive();
			assertThat(refusalOnceDisconnected()).as("commands are refused at once, not queued until the timeout")
				.contains("Commands are rejected");
			assertThat(api().send("GET", "/actuator/health/readiness", null, null).statusCode())
				.as("a cache outage keeps the service in rotation").isEqualTo(200);
			HttpResponse<String> featureHealth = api().send("GET", "/api/v1/workouts/health", null, null);
			assertThat(featureHealth.body()).as("but the public health reports it").contains("\"redis\"");
		}
		finally {
			TestRedis.server().restart();
		}
	}

	/** What Redis commands fail with once the client has seen the connection go. */
	private String refusalOnceDisconnected() throws InterruptedException {
		String refusal = "";
		for (int attempt = 0; attempt < 50 && !refusal.contains("rejected"); attempt++) {
			try (RedisConnection connection = this.redis.getConnection()) {
				connection.ping();
			}
			catch (RuntimeException ex) {
				refusal = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
			}
			Thread.sleep(100);
		}
		return refusal;
	}

	private double cacheCount(String result) throws Exception {
		String metrics = api().send("GET", "/actuator/prometheus", null, null).body();
		Matcher matcher = Pattern.compile("repwise_library_cache_requests_total\\{[^}]*result=\"" + result + "\"[^}]*\\} (\\S+)")
			.matcher(metrics);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private static String exercise(String name, Boolean shared) {
		return """
				{"name": "%s", "category": "STRENGTH", "muscleGroup": "SHOULDERS", "difficulty": "INTERMEDIATE",
				 "equipment": "DUMBBELL", "mechanic": "COMPOUND", "force": "PUSH", "tracking": "WEIGHT_REPS", "met": 5,
				 "primaryMuscles": ["shoulders", "quadriceps"], "secondaryMuscles": ["triceps"],
				 "instructions": ["Hold it at the shoulder.", "Drive up with the legs and press."], "shared": %s}"""
			.formatted(name, shared);
	}

	private static java.util.List<String> names(JsonNode page) {
		java.util.List<String> names = new java.util.ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
