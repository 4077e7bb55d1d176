package io.repwise.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.repwise.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.signing.private-key-file=target/test-keys/signing-key.pem")
@RealInfrastructure(postgres = "users")
class OpenApiDocumentTests {

	@LocalServerPort
	int port;

	@Test
	void describesEveryEndpoint() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"/api/v1/auth/register\"", "\"/api/v1/auth/login\"",
				"\"/api/v1/auth/refresh\"", "\"/api/v1/auth/logout\"", "\"/api/v1/auth/logout-all\"",
				"\"/api/v1/auth/jwks\"", "\"/api/v1/auth/health\"", "\"/oauth2/token\"", "\"/api/v1/users/me\"",
				"\"/api/v1/users/me/password\"", "\"/api/v1/users/me/email\"", "\"/api/v1/users\"",
				"\"/api/v1/users/{id}/roles\"", "\"/api/v1/profiles/me\"", "\"/api/v1/profiles/me/body-weight\"",
				"\"/api/v1/profiles/me/body-weight/{id}\"", "\"bearer\"");
	}

}
