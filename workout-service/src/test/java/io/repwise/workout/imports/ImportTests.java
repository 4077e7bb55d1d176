package io.repwise.workout.imports;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

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

/**
 * Importing histories over real HTTP into a real PostgreSQL, from the hand-written sample exports
 * of {@code src/test/resources/imports} (their README says what each holds): the preview, the
 * confirmed import as a job, importing the same file again, undoing, the lifter's own matches,
 * and files that cannot be read. user-service is not running here: what an import of a Repwise
 * export restores there is covered end to end (SuiteEndToEndIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.user-service-url=http://127.0.0.1:1")
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class ImportTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStrongFileIsPreviewedThenImportedOnceRecordsRecomputedNothingAnnouncedAndUndoneAsABatch() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		JsonNode preview = api().body(201, upload("strong-v6-kg.csv", token));
		assertThat(preview.get("status").asString()).isEqualTo("PREVIEWED");
		assertThat(preview.get("format").asString()).isEqualTo("strong-v6");
		JsonNode summary = preview.get("preview");
		// 34 workouts: the README's count, checked with `cut -d, -f1 strong-v6-kg.csv | sort -u`.
		assertThat(summary.get("workouts").asInt()).isEqualTo(34);
		assertThat(summary.get("alreadyThere").asInt()).isZero();
		assertThat(summary.get("from").asString()).startsWith("2024-02-05");
		assertThat(match(summary, "Bench Press (Barbell)").get("match").asString()).isEqualTo("ALIAS");
		assertThat(match(summary, "Bench Press (Barbell)").get("exerciseName").asString())
			.isEqualTo("Barbell Bench Press - Medium Grip");
		JsonNode zercher = match(summary, "Zercher Squat");
		assertThat(zercher.get("match").asString()).as("the library's name is plural").isEqualTo("FUZZY");
		assertThat(zercher.get("exerciseName").asString()).isEqualTo("Zercher Squats");
		assertThat(zercher.get("score").asDouble()).isEqualTo(1.0);
		JsonNode landmine = match(summary, "Landmine Press");
		assertThat(landmine.get("match").asString()).isEqualTo("NEW");
		assertThat(landmine.get("needsChoice").asBoolean()).isFalse();
		assertThat(landmine.get("newExerciseLike").get("name").asString()).isNotBlank();
		assertThat(total(token)).as("nothing imported before confirming").isZero();

		JsonNode done = confirmAndAwait(preview.get("id").asString(), "{}", token);
		JsonNode outcome = done.get("outcome");
		assertThat(outcome.get("workoutsAdded").asInt()).isEqualTo(34);
		assertThat(outcome.get("setsAdded").asInt()).isEqualTo(summary.get("sets").asInt());
		assertThat(outcome.get("exercisesCreated").asInt()).as("Landmine Press and Grandma's Sandbag Carry").isEqualTo(2);
		assertThat(done.get("progress").get("percent").asInt()).isEqualTo(100);
		assertThat(total(token)).isEqualTo(34);
		assertThat(count("SELECT count(*) FROM personal_record WHERE owner_id = ?", user)).as("records recomputed").isPositive();
		assertThat(count("SELECT count(*) FROM outbox_event WHERE subject = ?", user))
			.as("no completion or record events for imported history").isZero();
		assertThat(count("SELECT count(*) FROM import_job WHERE owner_id = ? AND content IS NOT NULL", user))
			.as("the file is dropped once imported").isZero();

		JsonNode again = api().body(201, upload("strong-v6-kg.csv", token));
		assertThat(again.get("preview").get("alreadyThere").asInt()).isEqualTo(34);
		assertThat(again.get("preview").get("assumptions").toString()).contains("You imported this same file");
		assertThat(match(again.get("preview"), "Landmine Press").get("match").asString())
			.as("the exercise the first import created").isEqualTo("EXACT");
		JsonNode twice = confirmAndAwait(again.get("id").asString(), "{}", token);
		assertThat(twice.get("outcome").get("workoutsAdded").asInt()).isZero();
		assertThat(twice.get("outcome").get("workoutsAlreadyThere").asInt()).isEqualTo(34);
		assertThat(total(token)).isEqualTo(34);

		JsonNode undone = api().body(200, api().send("DELETE", "/api/v1/imports/" + preview.get("id").asString(), null, token));
		assertThat(undone.get("status").asString()).isEqualTo("UNDONE");
		assertThat(total(token)).isZero();
		assertThat(count("SELECT count(*) FROM personal_record WHERE owner_id = ?", user)).isZero();
		assertThat(count("SELECT count(*) FROM exercise WHERE owner_id = ?", user)).as("the private exercises it created").isZero();
		assertThat(api().body(200, api().send("DELETE", "/api/v1/imports/" + preview.get("id").asString(), null, token))
			.get("status").asString()).as("undoing twice changes nothing").isEqualTo("UNDONE");
	}

	@Test
	void myOwnMatchIsUsedAndRememberedForMyNextImport() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		JsonNode preview = api().body(201, upload("strong-v6-kg.csv", token));
		String press = library("Push Press", token);
		JsonNode done = confirmAndAwait(preview.get("id").asString(),
				"{\"exercises\": [{\"name\": \"landmine  press\", \"exerciseId\": \"" + press + "\"}]}", token);
		assertThat(done.get("choices").get(0).get("exerciseId").asString()).isEqualTo(press);
		assertThat(done.get("outcome").get("exercisesCreated").asInt()).as("only the sandbag carry").isEqualTo(1);
		JsonNode pressWorkouts = api().body(200, api().send("GET", "/api/v1/workouts?exerciseId=" + press, null, token));
		assertThat(pressWorkouts.get("totalItems").asInt()).isPositive();

		api().body(200, api().send("DELETE", "/api/v1/imports/" + preview.get("id").asString(), null, token));
		JsonNode next = api().body(201, upload("strong-v6-kg.csv", token));
		JsonNode remembered = match(next.get("preview"), "Landmine Press");
		assertThat(remembered.get("match").asString()).isEqualTo("ALIAS");
		assertThat(remembered.get("exerciseId").asString()).isEqualTo(press);
	}

	@Test
	void everyLayoutIsReadAndImported() throws Exception {
		for (String file : List.of("strong-v6-lbs.csv", "strong-v5.csv", "strong-legacy-semicolon.csv", "hevy-kg.csv",
				"hevy-lbs.csv", "slashed-dates-day-first.csv")) {
			String token = tokens.forUser(UUID.randomUUID());
			JsonNode preview = api().body(201, upload(file, token));
			int workouts = preview.get("preview").get("workouts").asInt();
			assertThat(workouts).as(file).isPositive();
			assertThat(preview.get("preview").get("problems")).as(file).isEmpty();
			requireNoChoiceNeeded(preview);
			JsonNode done = confirmAndAwait(preview.get("id").asString(), "{}", token);
			assertThat(done.get("outcome").get("workoutsAdded").asInt()).as(file).isEqualTo(workouts);
			assertThat(total(token)).as(file).isEqualTo(workouts);
		}
	}

	@Test
	void rowsThatCannotBeReadAreListedWithLineAndColumnAndTheRestImports() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		JsonNode preview = api().body(201, upload("bad-rows.csv", token)).get("preview");
		assertThat(preview.get("workouts").asInt()).isEqualTo(2);
		assertThat(preview.get("sets").asInt()).isEqualTo(7);
		assertThat(StreamSupport.stream(preview.get("problems").spliterator(), false)
			.map((problem) -> problem.get("line").asInt() + ":" + problem.get("column").asInt())
			.toList()).containsExactly("5:7", "8:8", "10:2", "12:0", "15:0");
	}

	@Test
	void aFileThatCannotBeReadIsA400NamingWhereItStopsMakingSense() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		HttpResponse<String> quote = upload("broken-unterminated-quote.csv", token);
		assertThat(quote.statusCode()).as(quote.body()).isEqualTo(400);
		assertThat(quote.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = api().body(400, quote);
		assertThat(problem.get("type").asString()).isEqualTo("urn:repwise:problem:unreadable-file");
		assertThat(problem.get("line").asInt()).isEqualTo(4);
		assertThat(problem.get("column").asInt()).isEqualTo(12);

		JsonNode unknown = api().body(400, upload("unknown-header.csv", token));
		assertThat(unknown.get("line").asInt()).isEqualTo(1);
		assertThat(unknown.get("detail").asString()).contains("Strong").contains("Hevy");

		JsonNode notOurs = api().body(400, api().upload("/api/v1/imports", "x.json",
				"{\"format\": \"something-else\", \"version\": 1}".getBytes(StandardCharsets.UTF_8), token));
		assertThat(notOurs.get("detail").asString()).contains("not a Repwise export");
		JsonNode brokenJson = api().body(400, api().upload("/api/v1/imports", "x.json",
				"{\"format\": \"repwise-export\",\n \"version\": }".getBytes(StandardCharsets.UTF_8), token));
		assertThat(brokenJson.get("line").asInt()).isEqualTo(2);
		JsonNode outOfBounds = api().body(400, api().upload("/api/v1/imports", "x.json", """
				{"format": "repwise-export", "version": 1, "workouts": [{"name": "W", "startedAt": "2024-01-01T10:00:00Z",
				 "status": "COMPLETED", "exercises": [{"exerciseId": "%s", "exerciseName": "X",
				 "sets": [{"type": "WORKING", "reps": 5000, "completed": true}]}]}]}""".formatted(UUID.randomUUID())
			.getBytes(StandardCharsets.UTF_8), token));
		assertThat(outOfBounds.get("errors").get(0).get("field").asString()).isEqualTo("workouts[0].exercises[0].sets[0].reps");

		assertThat(api().invalidField(api().upload("/api/v1/imports", "empty.csv", new byte[0], token))).isEqualTo("file");
		assertThat(api().invalidField(api().upload("/api/v1/imports?format=fitnotes", "a.csv", bytes("strong-v5.csv"), token)))
			.isEqualTo("format");
		assertThat(api().send("GET", "/api/v1/imports/" + UUID.randomUUID(), null, token).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherLiftersImportIsNotFoundForAnything() throws Exception {
		String owner = tokens.forUser(UUID.randomUUID());
		String other = tokens.forUser(UUID.randomUUID());
		String id = api().body(201, upload("hevy-kg.csv", owner)).get("id").asString();
		assertThat(api().send("GET", "/api/v1/imports/" + id, null, other).statusCode()).isEqualTo(404);
		assertThat(api().send("POST", "/api/v1/imports/" + id + "/confirm", "{}", other).statusCode()).isEqualTo(404);
		assertThat(api().send("DELETE", "/api/v1/imports/" + id, null, other).statusCode()).isEqualTo(404);
		assertThat(api().body(200, api().send("GET", "/api/v1/imports", null, other))).isEmpty();
		assertThat(api().send("POST", "/api/v1/imports/" + id + "/confirm", "{}", null).statusCode()).isEqualTo(401);
	}

	@Test
	void aNameNoExerciseResemblesMustBeChosenBeforeConfirming() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String file = "Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes\n"
				+ "1,2024-03-01 10:00:00,Odd,3600,Qwxyz Zzyzx,1,20,10,,,,,\n";
		JsonNode preview = api().body(201, api().upload("/api/v1/imports", "odd.csv", file.getBytes(StandardCharsets.UTF_8), token));
		assertThat(match(preview.get("preview"), "Qwxyz Zzyzx").get("needsChoice").asBoolean()).isTrue();
		HttpResponse<String> refused = api().send("POST", "/api/v1/imports/" + preview.get("id").asString() + "/confirm", "{}", token);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(refused.body()).contains("Qwxyz Zzyzx");
		String like = library("Barbell Curl", token);
		JsonNode done = confirmAndAwait(preview.get("id").asString(),
				"{\"exercises\": [{\"name\": \"Qwxyz Zzyzx\", \"newExerciseLike\": \"" + like + "\"}]}", token);
		assertThat(done.get("outcome").get("exercisesCreated").asInt()).isEqualTo(1);
		JsonNode created = api().body(200, api().send("GET", "/api/v1/exercises?q=Qwxyz&size=1", null, token)).get("items").get(0);
		assertThat(created.get("custom").asBoolean()).isTrue();
		assertThat(created.get("muscleGroup").asString()).as("modelled on Barbell Curl").isEqualTo("ARMS");
	}

	// --- helpers ---------------------------------------------------------------------------------

	JsonNode confirmAndAwait(String id, String body, String token) throws Exception {
		return ImportSteps.confirmAndAwait(api(), id, body, token);
	}

	/** Every name of the file matched or modelled: the sample files hold no name unlike every library exercise. */
	private static void requireNoChoiceNeeded(JsonNode preview) {
		for (JsonNode match : preview.get("preview").get("exercises")) {
			assertThat(match.get("needsChoice").asBoolean()).as(match.toString()).isFalse();
		}
	}

	private static JsonNode match(JsonNode preview, String name) {
		for (JsonNode match : preview.get("exercises")) {
			if (match.get("name").asString().equals(name)) {
				return match;
			}
		}
		throw new AssertionError("No match for " + name + " in " + preview.get("exercises"));
	}

	private String library(String name, String token) throws Exception {
		JsonNode page = api().body(200, api().send("GET", "/api/v1/exercises?q=" + name.replace(" ", "%20") + "&size=20", null, token));
		for (JsonNode exercise : page.get("items")) {
			if (exercise.get("name").asString().equals(name)) {
				return exercise.get("id").asString();
			}
		}
		throw new AssertionError(name + " is not in the library");
	}

	private long total(String token) throws Exception {
		return api().body(200, api().send("GET", "/api/v1/workouts?size=1", null, token)).get("totalItems").asLong();
	}

	private long count(String sql, Object argument) {
		return this.jdbc.queryForObject(sql, Long.class, argument);
	}

	private HttpResponse<String> upload(String file, String token) throws Exception {
		return api().upload("/api/v1/imports", file, bytes(file), token);
	}

	static byte[] bytes(String file) throws IOException {
		return ImportSteps.sample(file);
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
