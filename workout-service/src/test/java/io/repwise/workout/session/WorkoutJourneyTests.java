package io.repwise.workout.session;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A lifter logs two squat sessions over real HTTP against a real PostgreSQL: records, events in
 * the outbox and progress figures follow from the sets, worked out by hand below; another user
 * can neither see nor touch any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class WorkoutJourneyTests {

	static final TestTokens tokens = TestIssuer.tokens();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoSessionsMakeRecordsEventsAndProgress() throws Exception {
		UUID lifter = UUID.randomUUID();
		String token = tokens.forUser(lifter);
		String squat = exerciseId("Barbell Squat");
		Instant lastWeek = Instant.now().minus(8, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

		// Session 1, logged afterwards in one go: a warm-up and 3 × 5 at 100 kg, the last at RPE 8.
		JsonNode first = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Legs", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [
				  {"type": "WARMUP", "reps": 5, "weight": 60}, {"reps": 5, "weight": 100}, {"reps": 5, "weight": 100},
				  {"reps": 5, "weight": 100, "rpe": 8}]}]}""".formatted(lastWeek, squat), token));
		assertThat(first.get("status").asString()).isEqualTo("IN_PROGRESS");
		JsonNode firstDone = api().body(200, api().send("POST", "/api/v1/workouts/" + id(first) + "/complete",
				"{\"endedAt\": \"" + lastWeek.plus(60, ChronoUnit.MINUTES) + "\"}", token));
		assertThat(firstDone.get("newRecords")).as("a first session has nothing to beat").isEmpty();
		assertThat(firstDone.get("workout").get("volume").asDouble()).isEqualTo(1500.0);
		assertThat(firstDone.get("workout").get("durationSeconds").asLong()).isEqualTo(3600);

		// Session 2, logged set by set: 105 × 5, 105 × 5, 110 × 4.
		JsonNode second = api().body(201, api().send("POST", "/api/v1/workouts",
				"{\"name\": \"Legs again\", \"exercises\": [{\"exerciseId\": \"" + squat + "\"}]}", token));
		String entry = second.get("exercises").get(0).get("id").asString();
		for (String set : List.of("{\"reps\": 5, \"weight\": 105}", "{\"reps\": 5, \"weight\": 105}",
				"{\"reps\": 4, \"weight\": 110}")) {
			api().body(201, api().send("POST", "/api/v1/workouts/" + id(second) + "/exercises/" + entry + "/sets", set, token));
		}
		JsonNode secondDone = api().body(200, api().send("POST", "/api/v1/workouts/" + id(second) + "/complete", null, token));

		// Heaviest 110 beats 100. Best reps at 105 kg is new (nothing at 105 or more had 5 reps); 110 × 4 is
		// already announced as the heaviest. The e1RM of 110 × 4 to failure, 110 / 0.892 = 123.32, beats
		// 100 × 5 @ RPE 8 (7 to failure, 100 / 0.811 = 123.30). Volume 525 + 525 + 440 = 1490 does not beat 1500.
		assertThat(secondDone.get("newRecords")).extracting((r) -> r.get("kind").asString(),
				(r) -> r.get("value").asDouble(), (r) -> r.get("previousValue").isNull() ? null : r.get("previousValue").asDouble())
			.containsExactlyInAnyOrder(tuple("HEAVIEST_WEIGHT", 110.0, 100.0), tuple("REPS_AT_WEIGHT", 5.0, null),
					tuple("ESTIMATED_1RM", 123.32, 123.3));
		assertThat(this.jdbc.queryForList("SELECT type FROM outbox_event WHERE subject = ? ORDER BY type", String.class, lifter))
			.containsExactly("PersonalRecordAchieved", "PersonalRecordAchieved", "PersonalRecordAchieved",
					"WorkoutCompleted", "WorkoutCompleted");
		String recordEvent = this.jdbc.queryForObject(
				"SELECT payload::text FROM outbox_event WHERE subject = ? AND payload->>'kind' = 'HEAVIEST_WEIGHT'", String.class,
				lifter);
		assertThat(recordEvent).contains("\"exerciseName\": \"Barbell Squat\"").contains("\"value\": 110");

		// Progress: one session per workout, best set by estimated 1RM, gain from first to last.
		JsonNode progress = api().body(200, api().send("GET", "/api/v1/progress/exercises/" + squat, null, token));
		// Beside the e1RM, Epley (100 × (1 + 7/30) = 123.33; 110 × (1 + 4/30) = 124.67) and Brzycki
		// (100 × 36/30 = 120; 110 × 36/33 = 120). Gain 123.32 − 123.30 = 0.02, 0.02 %.
		assertThat(progress.get("sessions")).extracting((s) -> s.get("volume").asDouble(),
				(s) -> s.get("estimated1rm").get("e1rm").asDouble(), (s) -> s.get("estimated1rm").get("epley").asDouble(),
				(s) -> s.get("estimated1rm").get("brzycki").asDouble())
			.containsExactly(tuple(1500.0, 123.3, 123.33, 120.0), tuple(1490.0, 123.32, 124.67, 120.0));
		assertThat(progress.get("gain").get("change").asDouble()).isEqualTo(0.02);
		assertThat(progress.get("gain").get("percent").asDouble()).isEqualTo(0.02);

		JsonNode volume = api().body(200, api().send("GET", "/api/v1/progress/volume?weeks=3", null, token));
		double sets = 0;
		double legSets = 0;
		double tonnage = 0;
		for (JsonNode week : volume.get("weeks")) {
			sets += week.get("sets").asDouble();
			tonnage += week.get("volume").asDouble();
			legSets += week.get("muscleGroups").has("LEGS") ? week.get("muscleGroups").get("LEGS").get("sets").asDouble() : 0;
		}
		assertThat(sets).as("warm-ups do not count").isEqualTo(6);
		assertThat(legSets).isEqualTo(6);
		assertThat(tonnage).isEqualTo(2990);

		JsonNode summary = api().body(200, api().send("GET", "/api/v1/progress/summary?weeks=4", null, token));
		assertThat(summary.get("workouts").asInt()).isEqualTo(2);
		assertThat(summary.get("workoutsPerWeek").asDouble()).isEqualTo(0.5);
		assertThat(summary.get("currentWeekStreak").asInt()).isGreaterThanOrEqualTo(1);

		JsonNode records = api().body(200, api().send("GET", "/api/v1/progress/records?exerciseId=" + squat, null, token));
		assertThat(records).extracting((r) -> r.get("kind").asString()).contains("HEAVIEST_WEIGHT", "ESTIMATED_1RM",
				"SESSION_VOLUME", "REPS_AT_WEIGHT");

		// Deleting the second session recomputes: the records fall back to the first one's.
		assertThat(api().send("DELETE", "/api/v1/workouts/" + id(second), null, token).statusCode()).isEqualTo(204);
		assertThat(this.jdbc.queryForObject(
				"SELECT value FROM personal_record WHERE owner_id = ? AND kind = 'HEAVIEST_WEIGHT'", Double.class, lifter))
			.isEqualTo(100.0);
	}

	@Test
	void anotherUserCannotSeeOrTouchAWorkout() throws Exception {
		String owner = tokens.forUser(UUID.randomUUID());
		String stranger = tokens.forUser(UUID.randomUUID());
		JsonNode workout = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Mine", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": 50}]}]}"""
			.formatted(exerciseId("Barbell Squat")), owner));
		String path = "/api/v1/workouts/" + id(workout);
		String entry = path + "/exercises/" + workout.get("exercises").get(0).get("id").asString();
		String set = entry + "/sets/" + workout.get("exercises").get(0).get("sets").get(0).get("id").asString();

		assertThat(List.of(api().send("GET", path, null, stranger), api().send("PUT", path, "{\"name\": \"Stolen\"}", stranger),
				api().send("DELETE", path, null, stranger), api().send("POST", path + "/complete", null, stranger),
				api().send("POST", entry + "/sets", "{\"reps\": 1, \"weight\": 1}", stranger),
				api().send("PUT", set, "{\"reps\": 1, \"weight\": 1}", stranger), api().send("DELETE", set, null, stranger),
				api().send("DELETE", entry, null, stranger)))
			.allSatisfy((response) -> {
				assertThat(response.statusCode()).isEqualTo(404);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			});
		assertThat(api().body(200, api().send("GET", "/api/v1/workouts", null, stranger)).get("totalItems").asLong()).isZero();
		assertThat(api().body(200, api().send("GET", path, null, owner)).get("name").asString()).isEqualTo("Mine");
		assertThat(api().send("GET", "/api/v1/workouts", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void impossibleValuesAreRefusedNamingTheField() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String curl = exerciseId("Barbell Curl");

		assertThat(invalidField(workoutWithSet(curl, "{\"reps\": -1, \"weight\": 20}"), token))
			.isEqualTo("exercises[0].sets[0].reps");
		assertThat(invalidField(workoutWithSet(curl, "{\"reps\": 5, \"weight\": 20, \"rpe\": 11}"), token))
			.isEqualTo("exercises[0].sets[0].rpe");
		assertThat(invalidField(workoutWithSet(curl, "{\"reps\": 5, \"weight\": 2000}"), token))
			.isEqualTo("exercises[0].sets[0].weight");
		assertThat(invalidField(workoutWithSet(UUID.randomUUID().toString(), "{\"reps\": 5}"), token))
			.isEqualTo("exercises[0].exerciseId");
		assertThat(invalidField("{\"name\": \"Backwards\", \"startedAt\": \"2026-05-01T10:00:00Z\", "
				+ "\"endedAt\": \"2026-05-01T09:00:00Z\"}", token)).isEqualTo("endedAt");
		assertThat(invalidField("{\"name\": \"\"}", token)).isEqualTo("name");
		assertThat(invalidField("{\"name\": \"Year one\", \"startedAt\": \"0001-01-01T00:00:00Z\"}", token))
			.isEqualTo("startedAt");
		assertThat(invalidField("{\"name\": \"Far\", \"startedAt\": \"-999999999-01-01T00:00:00Z\"}", token))
			.isEqualTo("startedAt");
		assertThat(api().send("POST", "/api/v1/workouts?units=stone", "{\"name\": \"x\"}", token).statusCode()).isEqualTo(400);
		HttpResponse<String> notJson = api().send("POST", "/api/v1/workouts", "{\"name\": ", token);
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.body()).doesNotContain("Exception");

		JsonNode empty = api().body(201, api().send("POST", "/api/v1/workouts", "{\"name\": \"Nothing yet\"}", token));
		assertThat(invalidField(api().send("POST", "/api/v1/workouts/" + id(empty) + "/complete", null, token)))
			.as("nothing to complete").isEqualTo("exercises");
		JsonNode logged = api().body(201, api().send("POST", "/api/v1/workouts", workoutWithSet(curl, "{\"reps\": 5, \"weight\": 20}"),
				token));
		assertThat(invalidField(api().send("POST", "/api/v1/workouts/" + id(logged) + "/complete",
				"{\"endedAt\": \"2099-01-01T00:00:00Z\"}", token))).as("ended in the future").isEqualTo("endedAt");
		assertThat(invalidField(api().send("POST", "/api/v1/workouts/" + id(logged) + "/complete",
				"{\"endedAt\": \"+999999999-12-31T23:59:59Z\"}", token))).isEqualTo("endedAt");
	}

	@Test
	void equallingARecordInAnEarlierDatedWorkoutIsNoNewRecord() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String curl = exerciseId("Barbell Curl");
		Instant later = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		for (Instant startedAt : List.of(later, later.minus(3, ChronoUnit.DAYS), later.minus(4, ChronoUnit.DAYS))) {
			JsonNode workout = api().body(201, api().send("POST", "/api/v1/workouts", """
					{"name": "Arms", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [
					  {"reps": 10, "weight": 25}, {"reps": 10, "weight": 25}]}]}""".formatted(startedAt, curl), token));
			JsonNode done = api().body(200, api().send("POST", "/api/v1/workouts/" + id(workout) + "/complete",
					"{\"endedAt\": \"" + startedAt.plus(30, ChronoUnit.MINUTES) + "\"}", token));
			assertThat(done.get("newRecords")).as("the same sets, logged for an earlier day").isEmpty();
		}
	}

	@Test
	void moreRepsAtATiedHeaviestWeightInAnEarlierDatedWorkoutIsAnnounced() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String curl = exerciseId("Barbell Curl");
		Instant later = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		completed(token, curl, later, "{\"reps\": 3, \"weight\": 40}");
		completed(token, curl, later.minus(3, ChronoUnit.DAYS), "{\"reps\": 3, \"weight\": 40}");

		JsonNode earlier = completed(token, curl, later.minus(4, ChronoUnit.DAYS), "{\"reps\": 5, \"weight\": 40}");

		assertThat(earlier.get("newRecords")).extracting((r) -> r.get("kind").asString())
			.as("40 kg only ties the heaviest, but 5 reps at it beat 3").contains("REPS_AT_WEIGHT")
			.doesNotContain("HEAVIEST_WEIGHT");
	}

	private JsonNode completed(String token, String exerciseId, Instant startedAt, String set) throws Exception {
		JsonNode workout = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Arms", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [%s]}]}"""
			.formatted(startedAt, exerciseId, set), token));
		return api().body(200, api().send("POST", "/api/v1/workouts/" + id(workout) + "/complete",
				"{\"endedAt\": \"" + startedAt.plus(30, ChronoUnit.MINUTES) + "\"}", token));
	}

	@Test
	void aNulCharacterInANameIsRefused() throws Exception {
		HttpResponse<String> response = api().send("POST", "/api/v1/workouts", "{\"name\": \"Leg\\u0000s\"}",
				tokens.forUser(UUID.randomUUID()));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("urn:repwise:problem:invalid-value");
	}

	@Test
	void weightsAreAcceptedAndShownInTheUsersUnits() throws Exception {
		String imperial = tokens.forUser(UUID.randomUUID(), Map.of("units", "imperial"), "USER");
		JsonNode workout = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Bench", "exercises": [{"exerciseId": "%s", "sets": [{"reps": 5, "weight": 225}]}]}"""
			.formatted(exerciseId("Barbell Bench Press - Medium Grip")), imperial));

		assertThat(workout.get("units").get("weight").asString()).isEqualTo("lb");
		assertThat(firstSetWeight(workout)).isEqualTo(225.0);
		assertThat(this.jdbc.queryForObject("SELECT weight_kg FROM workout_set WHERE workout_id = ?", Double.class,
				UUID.fromString(id(workout))))
			.isEqualTo(102.06); // 225 × 0.45359237 = 102.058 kg, stored to the gram and kept to two decimals
		assertThat(firstSetWeight(api().body(200, api().send("GET", "/api/v1/workouts/" + id(workout) + "?units=metric", null, imperial))))
			.isEqualTo(102.06);
		assertThat(invalidField(workoutWithSet(exerciseId("Barbell Curl"), "{\"reps\": 5, \"weight\": 2300}"), imperial))
			.as("the 1,000 kg cap is 2,204.62 lb").isEqualTo("exercises[0].sets[0].weight");
	}

	@Test
	void theListFiltersByDateAndExerciseAndPages() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String squat = exerciseId("Barbell Squat");
		String row = exerciseId("Bent Over Barbell Row");
		for (int day = 1; day <= 5; day++) {
			String exercise = (day % 2 == 0) ? row : squat;
			api().body(201, api().send("POST", "/api/v1/workouts", """
					{"name": "Day %d", "startedAt": "2026-10-0%dT18:00:00Z", "exercises": [{"exerciseId": "%s",
					 "sets": [{"reps": 5, "weight": 60}]}]}""".formatted(day, day, exercise), token));
		}

		JsonNode page = api().body(200, api().send("GET", "/api/v1/workouts?size=2", null, token));
		assertThat(page.get("totalItems").asLong()).isEqualTo(5);
		assertThat(page.get("totalPages").asInt()).isEqualTo(3);
		assertThat(page.get("items")).extracting((w) -> w.get("name").asString()).containsExactly("Day 5", "Day 4");
		assertThat(api().body(200, api().send("GET", "/api/v1/workouts?exerciseId=" + row, null, token)).get("items"))
			.extracting((w) -> w.get("name").asString()).containsExactly("Day 4", "Day 2");
		assertThat(api().body(200, api().send("GET",
				"/api/v1/workouts?from=2026-10-02T00:00:00Z&to=2026-10-04T00:00:00Z", null, token)).get("items"))
			.extracting((w) -> w.get("name").asString()).containsExactly("Day 3", "Day 2");
		assertThat(api().send("GET", "/api/v1/workouts?size=101", null, token).statusCode()).isEqualTo(400);
	}

	private String workoutWithSet(String exerciseId, String set) {
		return "{\"name\": \"Test\", \"exercises\": [{\"exerciseId\": \"" + exerciseId + "\", \"sets\": [" + set + "]}]}";
	}

	private String invalidField(String workout, String token) throws Exception {
		return invalidField(api().send("POST", "/api/v1/workouts", workout, token));
	}

	private String invalidField(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<String> fields = new ArrayList<>();
		this.json.readTree(response.body()).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).hasSize(1);
		return fields.get(0);
	}

	private static double firstSetWeight(JsonNode workout) {
		return workout.get("exercises").get(0).get("sets").get(0).get("weight").asDouble();
	}

	String exerciseId(String name) {
		return this.jdbc.queryForObject("SELECT id::text FROM exercise WHERE owner_id IS NULL AND name = ?", String.class,
				name);
	}

	static String id(JsonNode node) {
		return node.get("id").asString();
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
