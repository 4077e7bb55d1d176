package io.repwise.workout.coaching;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestHttp;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The feed ai-service reads: the catalogue and a user's whole log, only theirs, with a version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class CoachingFeedTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void logHoldsCompletedWorkoutsCountedSetsOnlyAndChangesVersionOnEdit() throws Exception {
		UUID lifter = UUID.randomUUID();
		String token = tokens.forUser(lifter);
		String squat = this.jdbc.queryForObject("SELECT id::text FROM exercise WHERE owner_id IS NULL AND name = 'Barbell Squat'",
				String.class);
		Instant monday = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		JsonNode done = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Legs", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [
				  {"type": "WARMUP", "reps": 5, "weight": 60}, {"reps": 5, "weight": 100, "rpe": 8},
				  {"reps": 5, "weight": 100, "completed": false}]}]}""".formatted(monday, squat), token));
		api().body(200, api().send("POST", "/api/v1/workouts/" + done.get("id").asString() + "/complete",
				"{\"endedAt\": \"" + monday.plus(1, ChronoUnit.HOURS) + "\"}", token));
		api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Unfinished", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": 90}]}]}"""
			.formatted(squat), token));

		HttpResponse<String> response = api().send("GET", "/internal/coaching/training-log", null, token);
		JsonNode log = api().body(200, response);
		assertThat(log.get("workouts")).hasSize(1);
		assertThat(log.get("workouts").get(0).get("sets")).as("warm-ups and sets not done are left out")
			.extracting((s) -> s.get("reps").asInt(), (s) -> s.get("weightKg").asDouble(), (s) -> s.get("rpe").asDouble())
			.containsExactly(tuple(5, 100.0, 8.0));
		String etag = response.headers().firstValue("ETag").orElseThrow();

		TestHttp conditional = TestHttp.at(this.port).withHeader("If-None-Match", etag);
		assertThat(conditional.get("/internal/coaching/training-log", token).statusCode()).isEqualTo(304);
		api().body(200, api().send("PUT", "/api/v1/workouts/" + done.get("id").asString(), """
				{"name": "Legs, renamed", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 6, "weight": 100}]}]}"""
			.formatted(monday, squat), token));
		HttpResponse<String> changed = conditional.get("/internal/coaching/training-log", token);
		assertThat(changed.statusCode()).as("an edit changes the version").isEqualTo(200);

		JsonNode stranger = api().body(200,
				api().send("GET", "/internal/coaching/training-log", null, tokens.forUser(UUID.randomUUID())));
		assertThat(stranger.get("workouts")).isEmpty();
		assertThat(api().send("GET", "/internal/coaching/training-log", null, null).statusCode()).isEqualTo(401);
		assertThat(api().invalidField(api().send("GET", "/internal/coaching/training-log?from=2000-01-01T00:00:00Z", null, token)))
			.isEqualTo("from");
	}

	@Test
	void catalogueListsTheSharedLibraryAndTheUsersOwnExercisesOnly() throws Exception {
		UUID owner = UUID.randomUUID();
		api().body(201, api().send("POST", "/api/v1/exercises", """
				{"name": "Coaching Feed Press", "category": "STRENGTH", "muscleGroup": "CHEST", "difficulty": "BEGINNER",
				 "equipment": "DUMBBELL", "tracking": "WEIGHT_REPS", "primaryMuscles": ["chest"]}""", tokens.forUser(owner)));
		JsonNode mine = api().body(200, api().send("GET", "/internal/coaching/exercises", null, tokens.forUser(owner)));
		JsonNode theirs = api().body(200,
				api().send("GET", "/internal/coaching/exercises", null, tokens.forUser(UUID.randomUUID())));
		long shared = this.jdbc.queryForObject("SELECT count(*) FROM exercise WHERE owner_id IS NULL", Long.class);
		assertThat(theirs.size()).isEqualTo(shared);
		assertThat(mine.size()).isEqualTo(shared + 1);
		assertThat(mine.findValuesAsString("name")).contains("Coaching Feed Press");
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
