package io.repwise.workout.equipment;

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

/** A lifter's bar and plates over real HTTP: kept per user, bounded, and what their routine's barbell loads round to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class PlatesTests {

	static final TestTokens tokens = TestIssuer.tokens();

	static final String HOME = """
			{"unit": "kg", "bar": 20, "plates": [{"weight": 2.5, "pairs": 1}, {"weight": 20, "pairs": 4}]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void myPlatesAreKeptInTheirOwnUnitAndAStandardSetStandsInUntilThen() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		JsonNode standard = api().body(200, api().send("GET", "/api/v1/equipment/plates", null, token));
		assertThat(standard.get("source").asString()).isEqualTo("STANDARD");
		assertThat(standard.get("bar").asDouble()).isEqualTo(20.0);
		assertThat(standard.get("step").asDouble()).isEqualTo(2.5);

		JsonNode mine = api().body(200, api().send("PUT", "/api/v1/equipment/plates", HOME, token));
		assertThat(mine.get("source").asString()).isEqualTo("MINE");
		assertThat(mine.get("plates")).extracting((p) -> p.get("weight").asDouble()).as("heaviest first").containsExactly(20.0, 2.5);
		assertThat(mine.get("step").asDouble()).as("a pair of the smallest plate").isEqualTo(5.0);
		assertThat(api().body(200, api().send("GET", "/api/v1/equipment/plates", null, token)).get("source").asString())
			.isEqualTo("MINE");
		assertThat(api().body(200, api().send("GET", "/api/v1/equipment/plates", null, tokens.forUser(UUID.randomUUID())))
			.get("source").asString()).as("another user's are not mine").isEqualTo("STANDARD");

		assertThat(api().send("DELETE", "/api/v1/equipment/plates", null, token).statusCode()).isEqualTo(204);
		assertThat(api().body(200, api().send("GET", "/api/v1/equipment/plates", null, token)).get("source").asString())
			.isEqualTo("STANDARD");
	}

	@Test
	void badPlatesAreRefusedNamingTheField() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		assertThat(api().invalidField(api().send("PUT", "/api/v1/equipment/plates",
				"{\"unit\": \"kg\", \"bar\": 20, \"plates\": [{\"weight\": 1.1, \"pairs\": 2}]}", token))).isEqualTo("plates[0].weight");
		assertThat(api().invalidField(api().send("PUT", "/api/v1/equipment/plates",
				"{\"unit\": \"kg\", \"bar\": 20, \"plates\": [{\"weight\": 20, \"pairs\": 2}, {\"weight\": 20, \"pairs\": 1}]}", token)))
			.isEqualTo("plates[1].weight");
		assertThat(api().invalidField(api().send("PUT", "/api/v1/equipment/plates",
				"{\"unit\": \"st\", \"bar\": 20, \"plates\": [{\"weight\": 20, \"pairs\": 2}]}", token))).isEqualTo("unit");
		assertThat(api().invalidField(api().send("PUT", "/api/v1/equipment/plates",
				"{\"unit\": \"kg\", \"bar\": 20, \"plates\": [{\"weight\": 20, \"pairs\": 99}]}", token))).isEqualTo("plates[0].pairs");
		assertThat(api().invalidField(api().send("PUT", "/api/v1/equipment/plates",
				"{\"unit\": \"kg\", \"bar\": 20, \"plates\": []}", token))).isEqualTo("plates");
	}

	@Test
	void aRoutineRoundsBarbellLoadsToMyPlates() throws Exception {
		// Linear +2.5 kg from 80 kg. A gym's 1.25 kg plates load 82.5 next; home plates whose
		// smallest is 2.5 kg move in 5 kg steps, so 80 again with 2.5 kg banked, then 85.
		String token = tokens.forUser(UUID.randomUUID());
		api().body(200, api().send("PUT", "/api/v1/equipment/plates", HOME, token));
		String squat = this.jdbc.queryForObject("SELECT id::text FROM exercise WHERE owner_id IS NULL AND name = 'Barbell Squat'",
				String.class);
		JsonNode routine = api().body(201, api().send("POST", "/api/v1/routines", """
				{"name": "Home", "goal": "STRENGTH", "level": "BEGINNER", "daysPerWeek": 3, "days": [{"name": "A",
				 "exercises": [{"exerciseId": "%s", "sets": 2, "repMin": 5, "repMax": 5, "startWeight": 80,
				 "rule": {"type": "LINEAR", "increment": 2.5}}]}]}""".formatted(squat), token));
		assertThat(train(routine, squat, 80, token).get("weight").asDouble()).isEqualTo(80.0);
		JsonNode second = train(routine, squat, 80, token);
		assertThat(second.get("weight").asDouble()).isEqualTo(85.0);
		assertThat(second.get("lastDecision").asString()).isEqualTo("All 2 sets reached 5 reps: add 2.5 kg.");
	}

	/** Logs the routine's day with every rep made at {@code weight}; returns the targets after it. */
	private JsonNode train(JsonNode routine, String squat, double weight, String token) throws Exception {
		String day = routine.get("days").get(0).get("id").asString();
		String id = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Home", "routineDayId": "%s", "exercises": [{"exerciseId": "%s", "sets": [
				 {"reps": 5, "weight": %s}, {"reps": 5, "weight": %s}]}]}""".formatted(day, squat, weight, weight), token))
			.get("id").asString();
		api().body(200, api().send("POST", "/api/v1/workouts/" + id + "/complete", null, token));
		return api().body(200, api().send("GET", "/api/v1/routines/" + routine.get("id").asString(), null, token))
			.get("days").get(0).get("exercises").get(0).get("next");
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
