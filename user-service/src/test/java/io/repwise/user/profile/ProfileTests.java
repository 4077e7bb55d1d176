package io.repwise.user.profile;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.AtOnce;
import io.repwise.testsupport.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles and body weight over real HTTP on a real PostgreSQL, with two users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.signing.private-key-file=target/test-keys/signing-key.pem")
@RealInfrastructure(postgres = "users")
class ProfileTests {

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aNewUserHasADefaultProfileTheyCanFillInImperialUnits() throws Exception {
		String token = signUp();

		JsonNode initial = this.json.readTree(send("GET", "/api/v1/profiles/me", null, token).body());
		assertThat(initial.get("unitSystem").asString()).isEqualTo("METRIC");
		assertThat(initial.get("timeZone").asString()).isEqualTo("UTC");

		HttpResponse<String> updated = send("PUT", "/api/v1/profiles/me", """
				{"birthDate":"1990-05-17","sex":"FEMALE","height":{"value":66,"unit":"in"},"unitSystem":"IMPERIAL",
				 "experience":"INTERMEDIATE","goal":"STRENGTH","trainingDaysPerWeek":4,"sessionMinutes":60,
				 "equipment":["BARBELL","DUMBBELL","BENCH"],"avoidMuscleGroups":["SHOULDERS"],
				 "injuries":"Left shoulder impingement","timeZone":"Europe/Berlin"}""", token);

		assertThat(updated.statusCode()).isEqualTo(200);
		JsonNode profile = this.json.readTree(updated.body());
		assertThat(profile.get("heightM").asDouble()).isEqualTo(1.676);
		assertThat(profile.get("height").get("value").asDouble()).isEqualTo(66.0);
		assertThat(profile.get("height").get("unit").asString()).isEqualTo("in");
		assertThat(profile.get("equipment")).hasSize(3);
		assertThat(send("GET", "/api/v1/profiles/me", null, token).body()).contains("\"goal\":\"STRENGTH\"")
			.contains("\"timeZone\":\"Europe/Berlin\"");
		assertThat(claims(token).get("units").asString()).as("before the change").isEqualTo("metric");
		assertThat(claims(token).get("zone").asString()).as("before the change").isEqualTo("UTC");
		JsonNode later = claims(signIn(this.lastEmail));
		assertThat(later.get("units").asString()).as("tokens issued after it").isEqualTo("imperial");
		assertThat(later.get("zone").asString()).as("tokens issued after it").isEqualTo("Europe/Berlin");
	}

	private JsonNode claims(String token) {
		return this.json.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}

	@Test
	void aNewUsersFirstRequestsAtOnceAllGetTheOneDefaultProfile() throws Exception {
		String token = signUp();

		assertThat(AtOnce.run(8, () -> send("GET", "/api/v1/profiles/me", null, token).statusCode())).containsOnly(200);
	}

	@Test
	void impossibleProfileValuesAreRefusedFieldByField() throws Exception {
		String token = signUp();

		HttpResponse<String> bounds = send("PUT", "/api/v1/profiles/me", """
				{"unitSystem":"METRIC","trainingDaysPerWeek":9,"sessionMinutes":5,"timeZone":"UTC"}""", token);
		HttpResponse<String> zone = send("PUT", "/api/v1/profiles/me", """
				{"unitSystem":"METRIC","timeZone":"Mars/Olympus"}""", token);
		HttpResponse<String> height = send("PUT", "/api/v1/profiles/me", """
				{"unitSystem":"METRIC","height":{"value":300,"unit":"cm"},"timeZone":"UTC"}""", token);
		HttpResponse<String> unknownGoal = send("PUT", "/api/v1/profiles/me", """
				{"unitSystem":"METRIC","goal":"FLYING","timeZone":"UTC"}""", token);

		assertThat(bounds.statusCode()).isEqualTo(400);
		assertThat(bounds.body()).contains("\"field\":\"trainingDaysPerWeek\"").contains("\"field\":\"sessionMinutes\"");
		assertThat(zone.statusCode()).isEqualTo(400);
		assertThat(zone.body()).contains("\"field\":\"timeZone\"");
		assertThat(height.statusCode()).isEqualTo(400);
		assertThat(height.body()).contains("\"field\":\"height\"");
		assertThat(unknownGoal.statusCode()).isEqualTo(400);
	}

	@Test
	void bodyWeightIsStoredInKilogramsAndShownInTheUsersUnit() throws Exception {
		String token = signUp();
		send("PUT", "/api/v1/profiles/me", "{\"unitSystem\":\"IMPERIAL\",\"timeZone\":\"UTC\"}", token);

		HttpResponse<String> added = send("POST", "/api/v1/profiles/me/body-weight",
				"{\"measuredOn\":\"2026-11-01\",\"weight\":{\"value\":180,\"unit\":\"lb\"}}", token);
		send("POST", "/api/v1/profiles/me/body-weight",
				"{\"measuredOn\":\"2026-11-08\",\"weight\":{\"value\":81,\"unit\":\"kg\"},\"note\":\"after holiday\"}", token);

		assertThat(added.statusCode()).isEqualTo(201);
		JsonNode entry = this.json.readTree(added.body());
		assertThat(entry.get("weightKg").asDouble()).isEqualTo(81.65);
		assertThat(entry.get("weight").get("unit").asString()).isEqualTo("lb");

		JsonNode history = this.json.readTree(send("GET", "/api/v1/profiles/me/body-weight", null, token).body());
		assertThat(history.get("totalItems").asLong()).isEqualTo(2);
		assertThat(history.get("items").get(0).get("measuredOn").asString()).isEqualTo("2026-11-08");
		assertThat(history.get("items").get(0).get("weight").get("value").asDouble()).isEqualTo(178.6);

		JsonNode filtered = this.json.readTree(
				send("GET", "/api/v1/profiles/me/body-weight?from=2026-11-05&to=2026-11-30", null, token).body());
		assertThat(filtered.get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void impossibleBodyWeightsAreRefused() throws Exception {
		String token = signUp();
		String tomorrow = LocalDate.now().plusDays(2).toString();

		assertThat(send("POST", "/api/v1/profiles/me/body-weight",
				"{\"measuredOn\":\"2026-11-01\",\"weight\":{\"value\":2000,\"unit\":\"kg\"}}", token).statusCode())
			.isEqualTo(400);
		assertThat(send("POST", "/api/v1/profiles/me/body-weight",
				"{\"measuredOn\":\"2026-11-01\",\"weight\":{\"value\":80,\"unit\":\"stone\"}}", token).body())
			.contains("\"field\":\"weight.unit\"");
		assertThat(send("POST", "/api/v1/profiles/me/body-weight",
				"{\"measuredOn\":\"" + tomorrow + "\",\"weight\":{\"value\":80,\"unit\":\"kg\"}}", token).body())
			.contains("\"field\":\"measuredOn\"");
		assertThat(send("GET", "/api/v1/profiles/me/body-weight?size=101", null, token).statusCode()).isEqualTo(400);
	}

	@Test
	void oneUserCannotSeeOrDeleteAnothersEntries() throws Exception {
		String alice = signUp();
		String bob = signUp();
		String entryId = this.json
			.readTree(send("POST", "/api/v1/profiles/me/body-weight",
					"{\"measuredOn\":\"2026-11-01\",\"weight\":{\"value\":60,\"unit\":\"kg\"}}", alice).body())
			.get("id")
			.asString();

		assertThat(send("DELETE", "/api/v1/profiles/me/body-weight/" + entryId, null, bob).statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(send("GET", "/api/v1/profiles/me/body-weight", null, bob).body())
			.get("totalItems")
			.asLong()).isZero();
		assertThat(send("DELETE", "/api/v1/profiles/me/body-weight/" + entryId, null, alice).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/v1/profiles/me", null, null).statusCode()).isEqualTo(401);
	}

	private String lastEmail;

	private String signUp() throws Exception {
		String email = "profile-" + UUID.randomUUID() + "@example.com";
		this.lastEmail = email;
		assertThat(send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"P\",\"password\":\"correct horse battery\"}", null)
			.statusCode()).isEqualTo(201);
		return signIn(email);
	}

	private String signIn(String email) throws Exception {
		HttpResponse<String> login = send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null);
		return this.json.readTree(login.body()).get("accessToken").asString();
	}

	private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		return TestHttp.at(this.port).send(method, path, body, token);
	}

}
