package io.repwise.workout.exports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import io.repwise.workout.imports.ImportSteps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports over real HTTP. The spreadsheet form goes back in as a Strong file and gives the same
 * sets; the JSON form needs user-service for the profile and body weights, which is not running
 * here, so it answers a 503 naming it before writing anything (its round trip is end to end, in
 * SuiteEndToEndIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.user-service-url=http://127.0.0.1:1")
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class ExportTests {

	static final TestTokens tokens = TestIssuer.tokens();

	/** Every completed set of a lifter, in order, as the columns the CSV carries. */
	static final String SETS = """
			SELECT e.name || '|' || s.type || '|' || coalesce(s.reps::text, '') || '|' || coalesce(s.weight_kg::text, '') || '|'
			       || coalesce(s.rpe::text, '') || '|' || coalesce(s.duration_s::text, '') || '|' || coalesce(s.distance_m::text, '')
			       || '|' || coalesce(s.rest_s::text, '') || '|' || w.name || '|' || w.started_at || '|' || coalesce(x.notes, '')
			FROM workout_set s JOIN workout w ON w.id = s.workout_id JOIN workout_exercise x ON x.id = s.workout_exercise_id
			JOIN exercise e ON e.id = s.exercise_id
			WHERE s.owner_id = ? AND s.completed ORDER BY w.started_at, x.position, s.position""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSpreadsheetGoesBackInAsAStrongFileWithTheSameSets() throws Exception {
		UUID first = UUID.randomUUID();
		String token = tokens.forUser(first);
		importFile("strong-v6-kg.csv", token);

		HttpResponse<String> csv = api().send("GET", "/api/v1/exports?format=csv", null, token);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("attachment").contains("repwise-workouts-"));
		assertThat(csv.body()).startsWith("Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,"
				+ "RPE,Distance (meters),Seconds,Notes,Workout Notes\r\n");
		assertThat(csv.body()).contains(",Rest Timer,").contains(",W,");

		UUID second = UUID.randomUUID();
		String other = tokens.forUser(second);
		JsonNode preview = api().body(201, api().upload("/api/v1/imports", "export.csv", csv.body().getBytes(StandardCharsets.UTF_8), other));
		assertThat(preview.get("format").asString()).isEqualTo("strong-v6");
		assertThat(preview.get("preview").get("problems")).isEmpty();
		confirm(preview.get("id").asString(), other);

		List<String> original = this.jdbc.queryForList(SETS, String.class, first);
		assertThat(original).hasSize(507);
		assertThat(this.jdbc.queryForList(SETS, String.class, second)).containsExactlyElementsOf(original);
	}

	@Test
	void imperialSpreadsheetsAreInPoundsAndMiles() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		importFile("strong-v6-lbs.csv", token);
		String csv = api().send("GET", "/api/v1/exports?format=csv&units=imperial&zone=America/New_York", null, token).body();
		assertThat(csv).startsWith("Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (lbs),Reps,RPE,"
				+ "Distance (miles),Seconds,Notes,Workout Notes");
		// The README's first workout benches 225 lb; stored as 102.058 kg it shows as 225 again, under
		// the library's name for Strong's "Bench Press (Barbell)".
		assertThat(csv.lines()).anyMatch((line) -> line.matches(".*,Barbell Bench Press - Medium Grip,\\d+,225,.*"));
	}

	@Test
	void theJsonExportSaysWhoIsMissingBeforeWritingAnything() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		HttpResponse<String> json = api().send("GET", "/api/v1/exports", null, token);
		assertThat(json.statusCode()).as(json.body()).isEqualTo(503);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.body()).contains("\"dependency\":\"user-service\"");
		assertThat(api().invalidField(api().send("GET", "/api/v1/exports?format=xml", null, token))).isEqualTo("format");
		assertThat(api().send("GET", "/api/v1/exports?format=csv", null, null).statusCode()).isEqualTo(401);
	}

	private void importFile(String file, String token) throws Exception {
		confirm(api().body(201, api().upload("/api/v1/imports", file, ImportSteps.sample(file), token)).get("id").asString(),
				token);
	}

	private void confirm(String id, String token) throws Exception {
		ImportSteps.confirmAndAwait(api(), id, "{}", token);
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
