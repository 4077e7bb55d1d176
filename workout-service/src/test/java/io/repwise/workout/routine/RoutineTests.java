package io.repwise.workout.routine;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates, copying, training from a routine day, publishing, rating and ranking, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class RoutineTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTemplatesAreThereAndCopyIntoMyRoutines() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());

		JsonNode templates = api().body(200, api().send("GET", "/api/v1/routines/templates", null, token));
		assertThat(templates).extracting((t) -> t.get("name").asString())
			.contains("Beginner Full Body", "HIIT Conditioning", "Powerlifting Strength", "Push/Pull/Legs", "Upper/Lower",
					"5×5 Strength");
		String fiveByFive = idOf(templates, "5×5 Strength");
		JsonNode template = api().body(200, api().send("GET", "/api/v1/routines/" + fiveByFive, null, token));
		assertThat(template.get("template").asBoolean()).isTrue();
		assertThat(template.get("days")).hasSize(2);
		assertThat(template.get("days").get(0).get("exercises").get(0).get("rule").get("type").asString()).isEqualTo("LINEAR");

		JsonNode copy = api().body(201, api().send("POST", "/api/v1/routines/" + fiveByFive + "/copy", null, token));
		assertThat(copy.get("mine").asBoolean()).isTrue();
		assertThat(copy.get("template").asBoolean()).isFalse();
		assertThat(copy.get("copiedFrom").asString()).isEqualTo(fiveByFive);
		assertThat(copy.get("days").get(0).get("exercises")).hasSize(3);
		assertThat(api().body(200, api().send("GET", "/api/v1/routines", null, token)).get("items"))
			.extracting((r) -> r.get("name").asString()).containsExactly("5×5 Strength");
		assertThat(api().send("PUT", "/api/v1/routines/" + fiveByFive + "/published", null, token).statusCode())
			.as("templates belong to the system").isEqualTo(403);
	}

	@Test
	void aSessionFromARoutineDayMovesItsTargetsOn() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String template = idOf(api().body(200, api().send("GET", "/api/v1/routines/templates", null, token)), "5×5 Strength");
		JsonNode routine = api().body(201, api().send("POST", "/api/v1/routines/" + template + "/copy", null, token));
		JsonNode dayA = routine.get("days").get(0);

		JsonNode planned = api().body(201, api().send("POST", "/api/v1/workouts",
				"{\"name\": \"5×5 A\", \"routineDayId\": \"" + dayA.get("id").asString() + "\"}", token));
		assertThat(planned.get("routineId").asString()).isEqualTo(routine.get("id").asString());
		assertThat(planned.get("exercises")).extracting((e) -> e.get("exerciseName").asString())
			.containsExactly("Barbell Squat", "Barbell Bench Press - Medium Grip", "Bent Over Barbell Row");
		assertThat(planned.get("exercises").get(0).get("sets")).hasSize(5)
			.allSatisfy((set) -> {
				assertThat(set.get("reps").asInt()).isEqualTo(5);
				assertThat(set.get("completed").asBoolean()).isFalse();
			});

		// Squat 5 × 5 at 60 kg; bench misses a rep on the last set at 40 kg; row 5 × 5 at 50 kg.
		String done = """
				{"name": "5×5 A", "exercises": [
				 {"exerciseId": "%s", "sets": [%s]},
				 {"exerciseId": "%s", "sets": [%s, {"reps": 4, "weight": 40}]},
				 {"exerciseId": "%s", "sets": [%s]}]}""".formatted(exercise(planned, 0), sets(5, 60), exercise(planned, 1),
				sets(4, 40), exercise(planned, 2), sets(5, 50));
		api().body(200, api().send("PUT", "/api/v1/workouts/" + planned.get("id").asString(), done, token));
		api().body(200, api().send("POST", "/api/v1/workouts/" + planned.get("id").asString() + "/complete", null, token));

		JsonNode next = api().body(200, api().send("GET", "/api/v1/routines/" + routine.get("id").asString(), null, token))
			.get("days").get(0).get("exercises");
		assertThat(next.get(0).get("next").get("weight").asDouble()).as("squat: all sets made, +2.5 kg").isEqualTo(62.5);
		assertThat(next.get(1).get("next").get("weight").asDouble()).as("bench: a rep missed, same weight").isEqualTo(40.0);
		assertThat(next.get(1).get("next").get("failures").asInt()).isEqualTo(1);
		assertThat(next.get(1).get("next").get("lastDecision").asString()).contains("repeat the weight");
		assertThat(next.get(2).get("next").get("weight").asDouble()).isEqualTo(52.5);

		JsonNode again = api().body(201, api().send("POST", "/api/v1/workouts",
				"{\"name\": \"5×5 A\", \"routineDayId\": \"" + dayA.get("id").asString() + "\"}", token));
		assertThat(again.get("exercises").get(0).get("sets").get(0).get("weight").asDouble()).isEqualTo(62.5);

		HttpResponse<String> noneYet = api().send("GET", "/api/v1/routines/active", null, token);
		assertThat(noneYet.statusCode()).isEqualTo(404);
		assertThat(noneYet.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api().body(404, noneYet).get("type").asString()).as("told apart from a wrong path")
			.isEqualTo("urn:repwise:problem:no-active-routine");
		JsonNode summary = api().body(200, api().send("PUT", "/api/v1/routines/" + routine.get("id").asString() + "/active", null, token));
		assertThat(summary.get("active").asBoolean()).isTrue();
		JsonNode active = api().body(200, api().send("GET", "/api/v1/routines/active", null, token));
		assertThat(active.get("id").asString()).isEqualTo(routine.get("id").asString());
		assertThat(active.get("days").get(0).get("exercises").get(0).get("next").get("weight").asDouble())
			.as("with its next targets, as by id").isEqualTo(62.5);
		assertThat(api().send("GET", "/api/v1/routines/active", null, tokens.forUser(UUID.randomUUID())).statusCode())
			.as("someone else's active routine is not mine").isEqualTo(404);
		JsonNode adherence = api().body(200, api().send("GET", "/api/v1/progress/summary?weeks=1", null, token)).get("adherence");
		assertThat(adherence.get("routineName").asString()).isEqualTo("5×5 Strength");
	}

	@Test
	void publishedRoutinesAreRatedAndRankedByBayesianAverage() throws Exception {
		UUID author = UUID.randomUUID();
		String authorToken = tokens.forUser(author);
		String single = publishedRoutine(authorToken, "One five-star vote");
		String loved = publishedRoutine(authorToken, "Four five-star votes");
		String disliked = publishedRoutine(authorToken, "Three two-star votes");
		String draft = routine(authorToken, "Unpublished");

		rate(single, 5);
		for (int i = 0; i < 4; i++) {
			rate(loved, 5);
		}
		String fickle = tokens.forUser(UUID.randomUUID());
		api().body(200, api().send("PUT", "/api/v1/routines/" + disliked + "/rating", "{\"stars\": 4}", fickle));
		JsonNode changed = api().body(200, api().send("PUT", "/api/v1/routines/" + disliked + "/rating", "{\"stars\": 2}", fickle));
		assertThat(changed.get("ratings").asLong()).as("one rating per user, changeable").isEqualTo(1);
		rate(disliked, 2);
		rate(disliked, 2);

		assertThat(api().send("PUT", "/api/v1/routines/" + single + "/rating", "{\"stars\": 5}", authorToken).statusCode())
			.as("no rating your own").isEqualTo(403);
		assertThat(api().send("PUT", "/api/v1/routines/" + draft + "/rating", "{\"stars\": 5}", fickle).statusCode())
			.as("unpublished routines are private").isEqualTo(404);
		assertThat(api().send("PUT", "/api/v1/routines/" + single + "/rating", "{\"stars\": 6}", fickle).statusCode()).isEqualTo(400);
		assertThat(api().send("PUT", "/api/v1/routines/" + single, routineJson("Hijacked"), fickle).statusCode())
			.as("published is not shared ownership").isEqualTo(403);

		String mine = api().body(201, api().send("POST", "/api/v1/exercises", """
				{"name": "My secret press", "category": "STRENGTH", "muscleGroup": "SHOULDERS", "difficulty": "INTERMEDIATE",
				 "equipment": "DUMBBELL", "mechanic": "COMPOUND", "force": "PUSH", "tracking": "WEIGHT_REPS",
				 "primaryMuscles": ["shoulders"]}""", authorToken)).get("id").asString();
		String withPrivate = api().body(201, api().send("POST", "/api/v1/routines",
				routineJson("Private inside", mine, 5, 8, "{\"type\": \"LINEAR\", \"increment\": 5}"), authorToken))
			.get("id").asString();
		assertThat(api().send("PUT", "/api/v1/routines/" + withPrivate + "/published", null, authorToken).statusCode())
			.as("a private exercise would show in, and be pinned by, others' copies").isEqualTo(409);
		assertThat(api().send("PUT", "/api/v1/routines/" + single,
				routineJson("One five-star vote", mine, 5, 8, "{\"type\": \"LINEAR\", \"increment\": 5}"), authorToken)
			.statusCode()).as("nor can a published routine take one in").isEqualTo(409);

		// score = (5 × 3 + sum of stars) / (5 + n): five prior ratings of 3 stars, whatever else is rated.
		// One 5-star vote: (15 + 5) / 6 = 3.333 (with the mean of all ratings as the prior, the only
		// rating in the system scored 5.0); four: (15 + 20) / 9 = 3.889; three 2-star: (15 + 6) / 8 = 2.625.
		JsonNode popular = api().body(200, api().send("GET",
				"/api/v1/routines/popular?goal=ENDURANCE&level=ADVANCED&daysPerWeek=5", null, fickle)).get("items");
		List<String> order = new ArrayList<>();
		popular.forEach((r) -> {
			if (List.of(single, loved, disliked).contains(r.get("id").asString())) {
				order.add(r.get("id").asString());
			}
		});
		assertThat(order).containsExactly(loved, single, disliked);
		assertThat(score(popular, loved)).isEqualTo(3.889);
		assertThat(score(popular, single)).isEqualTo(3.333);
		assertThat(score(popular, disliked)).isEqualTo(2.625);

		// Used most: copied twice.
		api().body(201, api().send("POST", "/api/v1/routines/" + disliked + "/copy", null, fickle));
		api().body(201, api().send("POST", "/api/v1/routines/" + disliked + "/copy", null, tokens.forUser(UUID.randomUUID())));
		JsonNode byUse = api().body(200, api().send("GET",
				"/api/v1/routines/popular?goal=ENDURANCE&level=ADVANCED&daysPerWeek=5&sort=usage", null, fickle)).get("items");
		assertThat(byUse.get(0).get("id").asString()).isEqualTo(disliked);
		assertThat(byUse.get(0).get("uses").asLong()).isEqualTo(2);
	}

	@Test
	void aScheduledDeloadWeekHalvesTheSetsAtNinetyPercentAndLeavesTheTargetsAlone() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		// 3 × 6–10 from 80 kg for 10 reps (the load a plan worked out for the top), a deload every 4 weeks.
		String body = """
				{"name": "Blocks", "goal": "HYPERTROPHY", "level": "INTERMEDIATE", "daysPerWeek": 3, "deloadEveryWeeks": 4,
				 "days": [{"name": "Day 1", "exercises": [{"exerciseId": "%s", "sets": 3, "repMin": 6, "repMax": 10,
				 "targetRpe": 8, "startWeight": 80, "startReps": 10}]}]}""".formatted(squatId());
		JsonNode routine = api().body(201, api().send("POST", "/api/v1/routines", body, token));
		String id = routine.get("id").asString();
		assertThat(routine.get("deloadEveryWeeks").asInt()).isEqualTo(4);
		JsonNode first = routine.get("days").get(0).get("exercises").get(0).get("next");
		assertThat(first.get("reps").asInt()).as("starts at the reps the load was worked out for").isEqualTo(10);
		api().body(200, api().send("PUT", "/api/v1/routines/" + id + "/active", null, token));
		assertThat(api().body(200, api().send("GET", "/api/v1/routines/" + id, null, token)).get("deloadWeek").asBoolean())
			.as("week 1 of 4").isFalse();

		// Activated 22 days ago: this is week 4, the deload.
		this.jdbc.update("UPDATE routine SET activated_at = now() - interval '22 days' WHERE id = ?::uuid", id);
		JsonNode deload = api().body(200, api().send("GET", "/api/v1/routines/" + id, null, token));
		assertThat(deload.get("deloadWeek").asBoolean()).isTrue();
		JsonNode targets = deload.get("days").get(0).get("exercises").get(0).get("next");
		// Half of 3 sets, rounded up: 2; 80 × 0.9 = 72, down to a 2.5 kg step: 72.5 is over, so 70.
		assertThat(targets.get("sets").asInt()).isEqualTo(2);
		assertThat(targets.get("weight").asDouble()).isEqualTo(70.0);
		// Every rep of the deload made: no increment earned, nothing missed, the targets stay.
		JsonNode session = trainFirstDay(deload, "{\"reps\": 10, \"weight\": 70}, {\"reps\": 10, \"weight\": 70}", token);
		assertThat(session.get("exercises").get(0).get("sets")).hasSize(2).allSatisfy((set) -> {
			assertThat(set.get("weight").asDouble()).isEqualTo(70.0);
			assertThat(set.get("rpe").asDouble()).as("2 RPE easier").isEqualTo(6.0);
		});
		this.jdbc.update("UPDATE routine SET activated_at = now() - interval '29 days' WHERE id = ?::uuid", id);
		JsonNode after = api().body(200, api().send("GET", "/api/v1/routines/" + id, null, token));
		assertThat(after.get("deloadWeek").asBoolean()).as("week 5 builds again").isFalse();
		JsonNode next = after.get("days").get(0).get("exercises").get(0).get("next");
		assertThat(next.get("weight").asDouble()).isEqualTo(80.0);
		assertThat(next.get("sets").asInt()).isEqualTo(3);
		assertThat(next.get("lastDecision").asString()).startsWith("Deload week (every 4 weeks)");
	}

	@Test
	void aWeekOfLowReadinessMakesTheSessionsDeloadsUntilItPasses() throws Exception {
		UUID lifter = UUID.randomUUID();
		String token = tokens.forUser(lifter);
		JsonNode routine = api().body(201, api().send("POST", "/api/v1/routines", routineJson("Sore week"), token));
		String id = routine.get("id").asString();
		// Soreness 7 to 8 reported on four of the last seven days (older reports written directly:
		// the API takes them at most 48 h back).
		for (int daysAgo : new int[] { 0, 1, 3, 5 }) {
			this.jdbc.update("""
					INSERT INTO readiness_report (id, owner_id, reported_at, soreness)
					VALUES (?, ?, now() - make_interval(hours => ?), CAST(? AS jsonb))""", UUID.randomUUID(), lifter,
					24 * daysAgo + 1, "{\"QUADRICEPS\": 8, \"HAMSTRINGS\": 7}");
		}
		JsonNode sore = api().body(200, api().send("GET", "/api/v1/routines/" + id, null, token));
		assertThat(sore.get("deloadWeek").asBoolean()).isTrue();
		assertThat(sore.get("deloadReason").asString())
			.isEqualTo("Deload: readiness low for a week (soreness 7.5/10 on average on 4 reported days of the last 7)");
		JsonNode targets = sore.get("days").get(0).get("exercises").get(0).get("next");
		// 3 sets at 80 kg: 2 at 72, rounded down to 70.
		assertThat(targets.get("sets").asInt()).isEqualTo(2);
		assertThat(targets.get("weight").asDouble()).isEqualTo(70.0);

		trainFirstDay(sore, "{\"reps\": 8, \"weight\": 70}, {\"reps\": 8, \"weight\": 70}", token);
		JsonNode after = api().body(200, api().send("GET", "/api/v1/routines/" + id, null, token));
		assertThat(after.get("days").get(0).get("exercises").get(0).get("next").get("lastDecision").asString())
			.startsWith("Deload: readiness low for a week");

		this.jdbc.update("DELETE FROM readiness_report WHERE owner_id = ?", lifter);
		JsonNode recovered = api().body(200, api().send("GET", "/api/v1/routines/" + id, null, token));
		assertThat(recovered.get("deloadWeek").asBoolean()).isFalse();
		assertThat(recovered.get("days").get(0).get("exercises").get(0).get("next").get("weight").asDouble())
			.as("the targets were left alone").isEqualTo(80.0);
	}

	/**
	 * Starts a workout from the routine's first day, logs {@code sets} (JSON) for its first
	 * exercise and completes it; returns the workout as planned.
	 */
	private JsonNode trainFirstDay(JsonNode routine, String sets, String token) throws Exception {
		String dayId = routine.get("days").get(0).get("id").asString();
		JsonNode planned = api().body(201, api().send("POST", "/api/v1/workouts",
				"{\"name\": \"From the routine\", \"routineDayId\": \"" + dayId + "\"}", token));
		String workout = planned.get("id").asString();
		String exercise = planned.get("exercises").get(0).get("exerciseId").asString();
		api().body(200, api().send("PUT", "/api/v1/workouts/" + workout, "{\"name\": \"From the routine\", \"exercises\": "
				+ "[{\"exerciseId\": \"" + exercise + "\", \"sets\": [" + sets + "]}]}", token));
		api().body(200, api().send("POST", "/api/v1/workouts/" + workout + "/complete", null, token));
		return planned;
	}

	@Test
	void badRoutinesAreRefusedNamingTheField() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String squat = squatId();

		assertThat(api().invalidField(api().send("POST", "/api/v1/routines", routineJson("Bad", squat, 12, 8, null), token)))
			.isEqualTo("days[0].exercises[0].repMax");
		assertThat(api().invalidField(api().send("POST", "/api/v1/routines", routineJson("Bad", UUID.randomUUID().toString(), 5, 5, null), token)))
			.isEqualTo("days[0].exercises[0].exerciseId");
		assertThat(api().invalidField(api().send("POST", "/api/v1/routines",
				routineJson("Bad", squat, 5, 5, "{\"type\": \"PERCENTAGE_WAVE\"}"), token)))
			.isEqualTo("days[0].exercises[0].rule.steps");
		assertThat(api().send("POST", "/api/v1/routines", routineJson("Bad", squat, 5, 5, "{\"type\": \"MAGIC\"}"), token)
			.statusCode()).isEqualTo(400);
		String startsAbove = routineJson("Bad", squat, 5, 8, null).replace("\"startWeight\": 80", "\"startWeight\": 80, \"startReps\": 9");
		assertThat(api().invalidField(api().send("POST", "/api/v1/routines", startsAbove, token)))
			.isEqualTo("days[0].exercises[0].startReps");
		String everyWeek = routineJson("Bad", squat, 5, 8, null).replace("\"daysPerWeek\": 5", "\"daysPerWeek\": 5, \"deloadEveryWeeks\": 1");
		assertThat(api().invalidField(api().send("POST", "/api/v1/routines", everyWeek, token))).isEqualTo("deloadEveryWeeks");
	}

	private String publishedRoutine(String token, String name) throws Exception {
		String id = routine(token, name);
		api().body(200, api().send("PUT", "/api/v1/routines/" + id + "/published", null, token));
		return id;
	}

	private String routine(String token, String name) throws Exception {
		return api().body(201, api().send("POST", "/api/v1/routines", routineJson(name), token)).get("id").asString();
	}

	private void rate(String routine, int stars) throws Exception {
		api().body(200, api().send("PUT", "/api/v1/routines/" + routine + "/rating", "{\"stars\": " + stars + "}",
				tokens.forUser(UUID.randomUUID())));
	}

	private String routineJson(String name) {
		return routineJson(name, squatId(), 5, 8, "{\"type\": \"LINEAR\", \"increment\": 5}");
	}

	private static String routineJson(String name, String exercise, int repMin, int repMax, String rule) {
		return """
				{"name": "%s", "goal": "ENDURANCE", "level": "ADVANCED", "daysPerWeek": 5, "days": [{"name": "Day 1",
				 "exercises": [{"exerciseId": "%s", "sets": 3, "repMin": %d, "repMax": %d, "startWeight": 80, "rule": %s}]}]}"""
			.formatted(name, exercise, repMin, repMax, rule);
	}

	private String squatId() {
		return this.jdbc.queryForObject("SELECT id::text FROM exercise WHERE owner_id IS NULL AND name = 'Barbell Squat'",
				String.class);
	}

	private static double score(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (item.get("id").asString().equals(id)) {
				return item.get("score").asDouble();
			}
		}
		throw new AssertionError("not listed: " + id);
	}

	private static String sets(int count, double weight) {
		List<String> sets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sets.add("{\"reps\": 5, \"weight\": " + weight + "}");
		}
		return String.join(", ", sets);
	}

	private static String exercise(JsonNode workout, int index) {
		return workout.get("exercises").get(index).get("exerciseId").asString();
	}

	private static String idOf(JsonNode list, String name) {
		for (JsonNode item : list) {
			if (item.get("name").asString().equals(name)) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("no " + name);
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
