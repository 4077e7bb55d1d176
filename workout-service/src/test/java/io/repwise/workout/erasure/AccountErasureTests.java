package io.repwise.workout.erasure;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

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
 * A deleted account leaves nothing behind in workout-service: user-service's UserDeleted, taken
 * in at /internal/events, erases every row of the user, and only theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.user-service-url=http://127.0.0.1:1")
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class AccountErasureTests {

	static final TestTokens tokens = TestIssuer.tokens();

	/** The columns that name whose a row is. */
	static final List<String> OWNER_COLUMNS = List.of("owner_id", "user_id", "subject");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTableThatHoldsUsersRowsIsErased() {
		List<String> owned = this.jdbc.queryForList("""
				SELECT DISTINCT table_name FROM information_schema.columns
				WHERE table_schema = current_schema() AND column_name IN ('owner_id', 'user_id', 'subject')""", String.class);
		assertThat(AccountErasure.TABLES.keySet()).as("tables with an owner column, less the ones erased")
			.containsAll(owned);
	}

	@Test
	void userDeletedErasesEverythingOfTheUserAndNothingOfAnother() throws Exception {
		UUID leaving = UUID.randomUUID();
		UUID staying = UUID.randomUUID();
		for (UUID user : List.of(leaving, staying)) {
			String token = tokens.forUser(user);
			String squat = api().body(200, api().send("GET", "/api/v1/exercises?q=barbell%20squat&size=1", null, token))
				.get("items").get(0).get("id").asString();
			String workout = api().body(201, api().send("POST", "/api/v1/workouts", """
					{"name": "Legs", "startedAt": "2026-01-05T10:00:00Z", "exercises": [{"exerciseId": "%s",
					 "sets": [{"reps": 5, "weight": 100}]}]}""".formatted(squat), token)).get("id").asString();
			api().body(200, api().send("POST", "/api/v1/workouts/" + workout + "/complete", "{}", token));
			api().body(201, api().send("POST", "/api/v1/exercises", """
					{"name": "Sled Push (Turf)", "category": "STRENGTH", "muscleGroup": "LEGS", "difficulty": "BEGINNER",
					 "equipment": "OTHER", "tracking": "WEIGHT_REPS", "primaryMuscles": ["quadriceps"]}""", token));
			api().body(200, api().send("PUT", "/api/v1/equipment/plates",
					"{\"unit\": \"kg\", \"bar\": 20, \"plates\": [{\"weight\": 20, \"pairs\": 2}]}", token));
			api().body(201, api().send("POST", "/api/v1/readiness", "{\"soreness\": {\"QUADRICEPS\": 4}}", token));
			api().body(201, api().send("POST", "/api/v1/routines", """
					{"name": "Mine", "goal": "STRENGTH", "level": "BEGINNER", "daysPerWeek": 1,
					 "days": [{"name": "A", "exercises": [{"exerciseId": "%s", "sets": 3, "repMin": 5, "repMax": 5}]}]}"""
				.formatted(squat), token));
		}
		assertThat(rowsOf(leaving)).as("the test made rows in most tables").hasSizeGreaterThan(6);

		String deleted = """
				{"id": "%s", "type": "UserDeleted", "occurredAt": "2026-01-06T10:00:00Z", "subject": "%s", "version": 1,
				 "payload": {}}""".formatted(UUID.randomUUID(), leaving);
		String service = tokens.service("user-service", "events:write");
		assertThat(api().body(202, api().send("POST", "/internal/events", deleted, service)).get("duplicate").asBoolean())
			.isFalse();

		assertThat(rowsOf(leaving)).as("tables still holding the deleted user's rows").isEmpty();
		assertThat(rowsOf(staying)).as("the other lifter keeps everything").hasSizeGreaterThan(6);
		assertThat(api().body(202, api().send("POST", "/internal/events", deleted, service)).get("duplicate").asBoolean())
			.as("a redelivery changes nothing").isTrue();
	}

	@Test
	void onlyAServiceAllowedToWriteEventsIsHeard() throws Exception {
		String event = """
				{"id": "%s", "type": "UserDeleted", "occurredAt": "2026-01-06T10:00:00Z", "subject": "%s", "version": 1,
				 "payload": {}}""".formatted(UUID.randomUUID(), UUID.randomUUID());
		assertThat(api().send("POST", "/internal/events", event, tokens.forUser(UUID.randomUUID())).statusCode()).isEqualTo(403);
		assertThat(api().send("POST", "/internal/events", event, tokens.service("ai-service")).statusCode()).isEqualTo(403);
		assertThat(api().send("POST", "/internal/events", event, null).statusCode()).isEqualTo(401);
	}

	/** The tables that still have a row of the user. */
	private TreeSet<String> rowsOf(UUID user) {
		TreeSet<String> tables = new TreeSet<>();
		for (String table : AccountErasure.TABLES.keySet()) {
			for (String column : OWNER_COLUMNS) {
				Boolean has = this.jdbc.queryForObject("""
						SELECT EXISTS (SELECT 1 FROM information_schema.columns
						               WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?)""",
						Boolean.class, table, column);
				if (Boolean.TRUE.equals(has) && this.jdbc.queryForObject(
						"SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Long.class, user) > 0) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
