package io.repwise.workout.session;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.repwise.common.problem.DatabaseOutage;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * The server ending the session between a write and its commit (a restart under write load;
	 * the fault suite's one 500): the pool closes the broken connection, so the rollback after the
	 * failed commit fails too, and its "Connection is closed" replaces the commit's 57P01. That
	 * is still the database going away, not our bug.
	 */
	@Test
	void aSessionEndedBeforeItsCommitIsAnOutage() {
		Throwable failure = catchThrowable(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Integer session = this.jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
			this.jdbc.update("INSERT INTO workout (id, owner_id, name, started_at, status) VALUES (?, ?, 'Lost', now(), 'IN_PROGRESS')",
					UUID.randomUUID(), UUID.randomUUID());
			endSession(session);
		}));

		assertThat(failure).as("the commit on an ended session fails").isNotNull();
		assertThat(DatabaseOutage.causes(failure)).as("%s is an outage", failure).isTrue();
	}

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

	private void endSession(int session) {
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
			statement.execute("SELECT pg_terminate_backend(" + session + ")");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not end session " + session, ex);
		}
	}

	private Connection admin() throws SQLException {
		String maintenance = this.url.substring(0, this.url.lastIndexOf('/') + 1) + "postgres";
		return DriverManager.getConnection(maintenance, this.username, this.password);
	}

	/**
	 * Run as the server's superuser from its maintenance database: while refused, the service's
	 * database takes no new connection and its open sessions are ended (SQLSTATE 57P01).
	 */
	private void refuseConnections(boolean refuse) throws Exception {
		String database = this.url.substring(this.url.lastIndexOf('/') + 1);
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
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
