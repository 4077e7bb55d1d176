package io.repwise.user.account;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "repwise.signing.private-key-file=target/test-keys/signing-key.pem",
				"repwise.admin.initial-email=first-admin@example.com" })
@RealInfrastructure(postgres = "users_admin")
class AdministrationTests {

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Value("${repwise.admin.initial-email}")
	String adminEmail;

	@Test
	void theConfiguredFirstAdministratorManagesAccounts() throws Exception {
		// 409 when a database named by the environment kept the account from an earlier run.
		assertThat(registerStatus(this.adminEmail)).isIn(201, 409);
		String admin = login(this.adminEmail);
		String memberEmail = "member-" + UUID.randomUUID() + "@example.com";
		String memberId = this.json.readTree(register(memberEmail).body()).get("id").asString();
		String member = login(memberEmail);

		assertThat(send("GET", "/api/v1/users/me", null, admin).body()).contains("\"ADMIN\"");
		HttpResponse<String> memberSearch = send("GET", "/api/v1/users", null, member);
		assertThat(memberSearch.statusCode()).isEqualTo(403);
		assertThat(memberSearch.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");

		HttpResponse<String> found = send("GET", "/api/v1/users?query=" + memberEmail.substring(0, 20) + "&size=5", null,
				admin);
		assertThat(found.statusCode()).isEqualTo(200);
		JsonNode page = this.json.readTree(found.body());
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("email").asString()).isEqualTo(memberEmail);
		assertThat(send("GET", "/api/v1/users?size=500", null, admin).statusCode()).isEqualTo(400);

		HttpResponse<String> granted = send("PUT", "/api/v1/users/" + memberId + "/roles", "{\"roles\":[\"ADMIN\"]}", admin);
		assertThat(granted.statusCode()).isEqualTo(200);
		assertThat(granted.body()).contains("\"ADMIN\"").contains("\"USER\"");
		assertThat(send("GET", "/api/v1/users", null, login(memberEmail)).statusCode()).isEqualTo(200);

		String adminId = this.json.readTree(send("GET", "/api/v1/users/me", null, admin).body()).get("id").asString();
		assertThat(send("PUT", "/api/v1/users/" + adminId + "/roles", "{\"roles\":[\"USER\"]}", admin).statusCode())
			.isEqualTo(409);
		assertThat(send("PUT", "/api/v1/users/" + UUID.randomUUID() + "/roles", "{\"roles\":[\"USER\"]}", admin)
			.statusCode()).isEqualTo(404);
	}

	private int registerStatus(String email) throws Exception {
		return send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"Someone\",\"password\":\"correct horse battery\"}", null)
			.statusCode();
	}

	private HttpResponse<String> register(String email) throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"Someone\",\"password\":\"correct horse battery\"}", null);
		assertThat(response.statusCode()).isEqualTo(201);
		return response;
	}

	private String login(String email) throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body()).get("accessToken").asString();
	}

	private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		return TestHttp.at(this.port).send(method, path, body, token);
	}

}
