package io.repwise.user.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account events are written to the outbox in the same transaction as the change, and kept and
 * retried while the consumer cannot be reached (here: nothing listens at the target).
 * Delivery to the real notification-service is covered end to end (SuiteEndToEndIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "repwise.signing.private-key-file=target/test-keys/signing-key.pem",
				"repwise.outbox.target-url=http://127.0.0.1:1/internal/events",
				"repwise.outbox.more-targets.workout-service.url=http://127.0.0.2:1/internal/events",
				"repwise.outbox.poll-interval=200ms" })
@RealInfrastructure(postgres = "users_events")
class AccountEventsTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registrationWritesUserRegisteredThatWaitsForTheConsumer() throws Exception {
		String email = "events-" + UUID.randomUUID() + "@example.com";
		assertThat(register(email).statusCode()).isEqualTo(201);

		Map<String, Object> event = this.jdbc.queryForMap(
				"SELECT type, payload::text AS payload, delivered_at FROM outbox_event WHERE payload->>'email' = ?", email);
		assertThat(event.get("type")).isEqualTo("UserRegistered");
		assertThat(event.get("delivered_at")).isNull();

		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		Integer attempts = 0;
		while (attempts < 2 && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			attempts = this.jdbc.queryForObject("SELECT attempts FROM outbox_event WHERE payload->>'email' = ?",
					Integer.class, email);
		}
		assertThat(attempts).as("retried, with backoff, while the consumer is unreachable").isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"SELECT delivered_at IS NULL AND last_error IS NOT NULL FROM outbox_event WHERE payload->>'email' = ?",
				Boolean.class, email)).isTrue();
		String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(metrics).containsPattern("repwise_outbox_backlog\\{[^}]*\\} [1-9]")
			.containsPattern("repwise_outbox_failed_total\\{[^}]*\\} [1-9]");
	}

	@Test
	void aRejectedRegistrationWritesNoEvent() throws Exception {
		String email = "events-" + UUID.randomUUID() + "@example.com";
		register(email);

		assertThat(register(email.toUpperCase()).statusCode()).isEqualTo(409);

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE lower(payload->>'email') = ?",
				Integer.class, email)).isEqualTo(1);
	}

	/** UserDeleted goes to notification-service and to workout-service: one row each, one event id, retried apart. */
	@Test
	void aDeletionWritesUserDeletedForEachConsumerOfItRetriedOnItsOwn() throws Exception {
		String email = "events-" + UUID.randomUUID() + "@example.com";
		register(email);
		String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		String token = login.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/users/me"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.method("DELETE", HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"correct horse battery\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT id, target FROM outbox_event WHERE type = 'UserDeleted'
				AND subject = (SELECT subject FROM outbox_event WHERE payload->>'email' = ?) ORDER BY target""", email);
		assertThat(rows).extracting((row) -> row.get("target")).containsExactly("", "workout-service");
		assertThat(rows.get(0).get("id")).as("one event, one id").isEqualTo(rows.get(1).get("id"));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		List<String> errors = List.of();
		while (Instant.now().isBefore(deadline)) {
			errors = this.jdbc.queryForList("SELECT last_error FROM outbox_event WHERE type = 'UserDeleted' AND id = ? "
					+ "AND last_error IS NOT NULL ORDER BY target", String.class, rows.get(0).get("id"));
			if (errors.size() == 2) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(errors).as("each tried at its own consumer").hasSize(2);
		assertThat(errors.get(0)).contains("127.0.0.1");
		assertThat(errors.get(1)).contains("127.0.0.2");
	}

	private HttpResponse<String> register(String email) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/auth/register"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"email\":\"" + email + "\",\"displayName\":\"Ev\",\"password\":\"correct horse battery\"}"))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
