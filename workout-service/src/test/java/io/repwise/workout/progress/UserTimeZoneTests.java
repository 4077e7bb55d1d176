package io.repwise.workout.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weeks and streaks count in the user's time zone, from the token's {@code zone} claim, unless a
 * request names another. The service's clock is fixed on Wednesday 2026-06-10 12:00 UTC. The
 * first workout starts on Sunday 2026-05-31 at 22:00 UTC, which is already Monday 12:00 on
 * Kiritimati (UTC+14, no daylight saving). So that workout lies in the week of 25 May in UTC and
 * in the week of 1 June on Kiritimati. The second is on 10 June in both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class UserTimeZoneTests {

	static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

	static final String KIRITIMATI = "Pacific/Kiritimati";

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@Test
	void weeksAndStreaksFollowTheZoneInTheToken() throws Exception {
		UUID lifter = UUID.randomUUID();
		String token = tokens.forUser(lifter, Map.of("zone", KIRITIMATI), "USER");
		String first = completedWorkout(token, "2026-05-31T22:00:00Z", 3);
		String second = completedWorkout(token, "2026-06-10T10:00:00Z", 2);

		JsonNode volume = api().body(200, api().send("GET", "/api/v1/progress/volume?weeks=4", null, token));
		assertThat(volume.get("zone").asString()).isEqualTo(KIRITIMATI);
		assertThat(setsPerWeek(volume)).containsExactly(Map.entry("2026-06-01", 3), Map.entry("2026-06-08", 2));
		JsonNode inUtc = api().body(200, api().send("GET", "/api/v1/progress/volume?weeks=4&zone=UTC", null, token));
		assertThat(setsPerWeek(inUtc)).as("a zone the request names wins")
			.containsExactly(Map.entry("2026-05-25", 3), Map.entry("2026-06-08", 2));

		JsonNode summary = api().body(200, api().send("GET", "/api/v1/progress/summary?weeks=4", null, token));
		assertThat(summary.get("zone").asString()).isEqualTo(KIRITIMATI);
		assertThat(summary.get("currentWeekStreak").asInt()).as("weeks of 1 and 8 June").isEqualTo(2);
		assertThat(api().body(200, api().send("GET", "/api/v1/progress/summary?weeks=4&zone=UTC", null, token))
			.get("currentWeekStreak")
			.asInt()).as("in UTC the week of 1 June is empty").isEqualTo(1);

		// The streak a completion announces is the summary's, in the same zone.
		assertThat(announced(first, "weekStreak")).as("last week's workout keeps a streak of 1").isEqualTo("1");
		assertThat(announced(second, "weekStreak")).isEqualTo("2");
		assertThat(announced(second, "zone")).isEqualTo(KIRITIMATI);
	}

	@Test
	void withoutAZoneInTheTokenWeeksAreUtc() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		completedWorkout(token, "2026-05-31T22:00:00Z", 1);

		JsonNode volume = api().body(200, api().send("GET", "/api/v1/progress/volume?weeks=4", null, token));
		assertThat(volume.get("zone").asString()).isEqualTo("UTC");
		assertThat(setsPerWeek(volume)).containsExactly(Map.entry("2026-05-25", 1));
		JsonNode summary = api().body(200, api().send("GET", "/api/v1/progress/summary?weeks=4", null, token));
		assertThat(summary.get("zone").asString()).isEqualTo("UTC");
		assertThat(summary.get("currentWeekStreak").asInt()).as("the week of 25 May is two weeks back").isZero();
	}

	@Test
	void anOffsetCountsLikeTheZoneAndAnUnknownClaimFallsBackToUtc() throws Exception {
		String offset = tokens.forUser(UUID.randomUUID(), Map.of("zone", "+14:00"), "USER");
		completedWorkout(offset, "2026-05-31T22:00:00Z", 1);

		JsonNode volume = api().body(200, api().send("GET", "/api/v1/progress/volume?weeks=4", null, offset));
		assertThat(volume.get("zone").asString()).isEqualTo("+14:00");
		assertThat(setsPerWeek(volume)).containsExactly(Map.entry("2026-06-01", 1));
		// PostgreSQL would read "+14:00" as 14 hours west of UTC and put the workout on 31 May.
		assertThat(api().body(200, api().send("GET", "/api/v1/progress/summary?weeks=4", null, offset))
			.get("currentWeekStreak")
			.asInt()).as("last week's workout, counted 14 hours east of UTC").isEqualTo(1);

		String unknown = tokens.forUser(UUID.randomUUID(), Map.of("zone", "Mars/Olympus"), "USER");
		assertThat(api().body(200, api().send("GET", "/api/v1/progress/volume?weeks=1", null, unknown))
			.get("zone")
			.asString()).isEqualTo("UTC");
	}

	@Test
	void aZoneThatDoesNotExistIsRefusedNamingTheField() throws Exception {
		String token = tokens.forUser(UUID.randomUUID(), Map.of("zone", KIRITIMATI), "USER");

		assertThat(api().invalidField(api().send("GET", "/api/v1/progress/summary?zone=Mars/Olympus", null, token)))
			.isEqualTo("zone");
	}

	private String completedWorkout(String token, String startedAt, int sets) throws Exception {
		String squat = this.jdbc.queryForObject("SELECT id::text FROM exercise WHERE owner_id IS NULL AND name = ?",
				String.class, "Barbell Squat");
		StringBuilder logged = new StringBuilder();
		for (int i = 0; i < sets; i++) {
			logged.append((i > 0) ? ", " : "").append("{\"reps\": 5, \"weight\": 100}");
		}
		JsonNode workout = api().body(201, api().send("POST", "/api/v1/workouts", """
				{"name": "Legs", "startedAt": "%s", "exercises": [{"exerciseId": "%s", "sets": [%s]}]}"""
			.formatted(startedAt, squat, logged), token));
		String id = workout.get("id").asString();
		String endedAt = Instant.parse(startedAt).plusSeconds(3600).toString();
		api().body(200, api().send("POST", "/api/v1/workouts/" + id + "/complete", "{\"endedAt\": \"" + endedAt + "\"}",
				token));
		return id;
	}

	/** Working sets per week start, for the weeks that have any, in order. */
	private static Map<String, Integer> setsPerWeek(JsonNode volume) {
		Map<String, Integer> sets = new LinkedHashMap<>();
		for (JsonNode week : volume.get("weeks")) {
			if (week.get("sets").asDouble() > 0) {
				sets.put(week.get("weekStart").asString(), week.get("sets").asInt());
			}
		}
		return sets;
	}

	/** A field of the WorkoutCompleted event the workout's completion put in the outbox. */
	private String announced(String workoutId, String field) {
		return this.jdbc.queryForObject(
				"SELECT payload->>? FROM outbox_event WHERE type = 'WorkoutCompleted' AND payload->>'workoutId' = ?",
				String.class, field, workoutId);
	}

	private TestApi api() {
		return TestApi.at(this.port);
	}

}
