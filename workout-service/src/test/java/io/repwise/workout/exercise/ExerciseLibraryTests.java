package io.repwise.workout.exercise;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestHttp;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded library as loaded by Flyway into a real PostgreSQL, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true, jwks = true)
class ExerciseLibraryTests {

	static final TestTokens tokens = TestIssuer.tokens();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theSeedCoversEveryCategoryMuscleGroupDifficultyAndCommonEquipment() throws Exception {
		JsonNode all = search("");

		assertThat(all.get("totalItems").asLong()).isGreaterThanOrEqualTo(873 + 14);
		JsonNode facets = all.get("facets");
		for (String category : List.of("STRENGTH", "CARDIO", "BODYWEIGHT", "FLEXIBILITY", "PLYOMETRIC")) {
			assertThat(facets.get("category").get(category).asLong()).as(category).isPositive();
		}
		assertThat(facets.get("category").get("CARDIO").asLong()).as("a real cardio category").isGreaterThanOrEqualTo(25);
		for (String group : List.of("CHEST", "BACK", "SHOULDERS", "ARMS", "LEGS", "CORE")) {
			assertThat(facets.get("muscleGroup").get(group).asLong()).as(group).isPositive();
		}
		for (String level : List.of("BEGINNER", "INTERMEDIATE", "ADVANCED")) {
			assertThat(facets.get("difficulty").get(level).asLong()).as(level).isPositive();
		}
		for (String equipment : List.of("BARBELL", "DUMBBELL", "BODYWEIGHT", "MACHINE", "CABLE", "KETTLEBELL", "BANDS")) {
			assertThat(facets.get("equipment").get(equipment).asLong()).as(equipment).isPositive();
		}
	}

	@Test
	void filtersCombineAndFacetsCountWithTheOtherFilters() throws Exception {
		JsonNode page = search("category=STRENGTH&muscleGroup=CHEST&equipment=BARBELL&equipment=DUMBBELL&size=100");

		long total = page.get("totalItems").asLong();
		assertThat(total).isPositive();
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(items::add);
		assertThat(items).hasSize((int) Math.min(total, 100))
			.allSatisfy((item) -> {
				assertThat(item.get("category").asString()).isEqualTo("STRENGTH");
				assertThat(item.get("muscleGroup").asString()).isEqualTo("CHEST");
				assertThat(item.get("equipment").asString()).isIn("BARBELL", "DUMBBELL");
			});
		JsonNode facets = page.get("facets");
		assertThat(facets.get("muscleGroup").get("CHEST").asLong()).isEqualTo(total);
		assertThat(facets.get("equipment").get("BARBELL").asLong() + facets.get("equipment").get("DUMBBELL").asLong())
			.isEqualTo(total);
		assertThat(facets.get("equipment").get("CABLE").asLong()).as("other equipment, to widen the search").isPositive();
	}

	@Test
	void searchFindsPartialWordsAndTypos() throws Exception {
		assertThat(names(search("q=bench%20pre"))).anyMatch((name) -> name.startsWith("Barbell Bench Press"));
		assertThat(names(search("q=sqaut&size=100"))).contains("Barbell Squat");
		assertThat(names(search("q=deadlfit&size=100"))).contains("Barbell Deadlift");
		assertThat(search("q=zzzzqqqq").get("totalItems").asLong()).isZero();
	}

	@Autowired
	JdbcTemplate jdbc;

	/** Testing every name's word similarity cost about 7 ms a search; the index about 2 (V11). */
	@Test
	void textSearchAsksTheTrigramIndexInsteadOfTestingEveryName() {
		String plan = String.join("\n", this.jdbc.queryForList("EXPLAIN SELECT id FROM exercise"
				+ " WHERE (owner_id IS NULL OR owner_id = CAST(NULL AS uuid))"
				+ " AND (name ILIKE '%benhc%' ESCAPE '\\' OR 'benhc' <% name)", String.class));
		assertThat(plan).contains("exercise_name_trigrams").doesNotContain("Seq Scan");
	}

	@Test
	void detailByIdAndProblemsForBadInput() throws Exception {
		JsonNode first = search("q=Barbell%20Squat&size=1").get("items").get(0);
		String id = first.get("id").asString();

		HttpResponse<String> detail = TestHttp.at(this.port).get("/api/v1/exercises/" + id, tokens.valid());
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("\"tracking\":\"WEIGHT_REPS\"").contains("\"primaryMuscles\":[");
		assertThat(TestHttp.at(this.port).get("/api/v1/exercises/" + UUID.randomUUID(), tokens.valid()).statusCode())
			.isEqualTo(404);

		HttpResponse<String> badFilter = TestHttp.at(this.port).get("/api/v1/exercises?category=YOGA", tokens.valid());
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(badFilter.body()).contains("\"field\":\"category\"");
		assertThat(TestHttp.at(this.port).get("/api/v1/exercises?size=101", tokens.valid()).statusCode()).isEqualTo(400);
		HttpResponse<String> relevanceOfNothing = TestHttp.at(this.port)
			.get("/api/v1/exercises?sort=relevance&category=STRENGTH", tokens.valid());
		assertThat(relevanceOfNothing.statusCode()).isEqualTo(400);
		assertThat(relevanceOfNothing.body()).contains("\"field\":\"sort\"");
		assertThat(TestHttp.at(this.port).get("/api/v1/exercises", null).statusCode()).isEqualTo(401);
	}

	@Test
	void libraryPagesCarryAnEtagAndAnswerConditionalRequestsWith304() throws Exception {
		HttpResponse<String> first = TestHttp.at(this.port).get("/api/v1/exercises?category=CARDIO", tokens.valid());
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = TestHttp.at(this.port)
			.withHeader("If-None-Match", etag)
			.get("/api/v1/exercises?category=CARDIO", tokens.valid());
		HttpResponse<String> otherPage = TestHttp.at(this.port)
			.withHeader("If-None-Match", etag)
			.get("/api/v1/exercises?category=FLEXIBILITY", tokens.valid());

		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=300, private");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(otherPage.statusCode()).isEqualTo(200);
	}

	private JsonNode search(String queryString) throws Exception {
		HttpResponse<String> response = TestHttp.at(this.port).get("/api/v1/exercises?" + queryString, tokens.valid());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

}
