package io.repwise.workout.readiness;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Soreness reports over real HTTP and a real database: stored per user, bounded, newest first. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class ReadinessTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Test
	void aSorenessReportIsKeptForItsOwnerNewestFirst() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		Instant yesterday = Instant.now().minus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		api().body(201, api().send("POST", "/api/v1/readiness",
				"{\"soreness\": {\"quadriceps\": 7, \"HAMSTRINGS\": 4}, \"reportedAt\": \"" + yesterday + "\"}", token));
		JsonNode latest = api().body(201, api().send("POST", "/api/v1/readiness", "{\"soreness\": {\"QUADRICEPS\": 3}}", token));
		assertThat(latest.get("soreness").get("QUADRICEPS").asInt()).isEqualTo(3);

		JsonNode mine = api().body(200, api().send("GET", "/api/v1/readiness?hours=48", null, token));
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0).get("soreness").get("QUADRICEPS").asInt()).as("newest first").isEqualTo(3);
		assertThat(mine.get(1).get("soreness").get("HAMSTRINGS").asInt()).isEqualTo(4);
		assertThat(mine.get(1).get("reportedAt").asString()).isEqualTo(yesterday.toString());
		assertThat(api().body(200, api().send("GET", "/api/v1/readiness?hours=12", null, token))).hasSize(1);
		assertThat(api().body(200, api().send("GET", "/api/v1/readiness", null, tokens.forUser(UUID.randomUUID()))))
			.as("another user sees none of it").isEmpty();
	}

	@Test
	void badReportsAreRefusedNamingTheField() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		assertThat(api().invalidField(api().send("POST", "/api/v1/readiness", "{\"soreness\": {\"spleen\": 5}}", token)))
			.isEqualTo("soreness.spleen");
		assertThat(api().invalidField(api().send("POST", "/api/v1/readiness", "{\"soreness\": {\"CHEST\": 11}}", token)))
			.isEqualTo("soreness.CHEST");
		assertThat(api().invalidField(api().send("POST", "/api/v1/readiness", "{\"soreness\": {}}", token)))
			.isEqualTo("soreness");
		assertThat(api().invalidField(api().send("POST", "/api/v1/readiness",
				"{\"soreness\": {\"CHEST\": 2}, \"reportedAt\": \"2020-01-01T00:00:00Z\"}", token))).isEqualTo("reportedAt");
		assertThat(api().send("GET", "/api/v1/readiness?hours=0", null, token).statusCode()).isEqualTo(400);
		assertThat(api().send("POST", "/api/v1/readiness", "{\"soreness\": {\"CHEST\": 2}}", null).statusCode()).isEqualTo(401);
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
