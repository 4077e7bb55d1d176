package io.repwise.workout.session;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away under the service (found by the fault suite restarting PostgreSQL:
 * these requests were answered 500 "something went wrong on our side"). The real server is made
 * to refuse this service's database and to end its sessions, as a restart does; requests then get
 * a 503 problem with Retry-After, and once it is back writes succeed and nothing earlier is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=1000")
@RealInfrastructure(postgres = "workouts", jwks = true)
class DatabaseOutageTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void requestsWhileTheDatabaseIsGoneAreServiceUnavailableAndWritesResumeAfter() throws Exception {
		String token = tokens.forUser(UUID.randomUUID());
		String before = api().body(201, api().send("POST", "/api/v1/workouts", "{\"name\": \"Before\"}", token))
			.get("id")
			.asString();

		refuseConnections(true);
		try {
			HttpResponse<String> write = api().send("POST", "/api/v1/workouts", "{\"name\": \"During\"}", token);
			assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
			assertThat(write.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(write.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(write.body()).contains("urn:repwise:problem:database-unavailable")
				.contains("database is unavailable")
				.doesNotContain("Exception")
				.doesNotContain("jdbc:");

			HttpResponse<String> read = api().send("GET", "/api/v1/workouts/" + before, null, token);
			assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
		}
		finally {
			refuseConnections(false);
		}

		api().body(201, api().send("POST", "/api/v1/workouts", "{\"name\": \"After\"}", token));
		assertThat(api().body(200, api().send("GET", "/api/v1/workouts/" + before, null, token)).get("name").asString())
			.isEqualTo("Before");
	}

	/**
	 * Run as the server's superuser from its maintenance database: while refused, the service's
	 * database takes no new connection and its open sessions are ended (SQLSTATE 57P01).
	 */
	private void refuseConnections(boolean refuse) throws Exception {
		String database = this.url.substring(this.url.lastIndexOf('/') + 1);
		String maintenance = this.url.substring(0, this.url.lastIndexOf('/') + 1) + "postgres";
		try (Connection admin = DriverManager.getConnection(maintenance, this.username, this.password);
				Statement statement = admin.createStatement()) {
			statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
			if (refuse) {
				statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
						+ "' AND pid <> pg_backend_pid()");
			}
		}
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
