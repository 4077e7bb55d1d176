package io.repwise.notification.email;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestHttp;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Email through a real SMTP server (GreenMail), queued by events, held by quiet hours, retried. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "repwise.email.poll-interval=200ms",
				"repwise.email.first-retry=200ms", "repwise.email.max-attempts=3" })
@RealInfrastructure(postgres = "notifications", jwks = true)
class EmailDeliveryTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final TestTokens tokens = TestIssuer.tokens();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eventsArriveAsEmailsToTheRegisteredAddress() throws Exception {
		UUID user = UUID.randomUUID();
		register(user, "ada-" + user + "@example.com", "Ada");
		deliver(user, "WorkoutCompleted", "{\"name\": \"Leg day\", \"durationSeconds\": 3600, \"completedSets\": 12, "
				+ "\"volumeKg\": 4000, \"weekStreak\": 1}");

		MimeMessage[] received = awaitMail("ada-" + user + "@example.com", 2);
		assertThat(received).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Welcome to Repwise, Ada!", "Workout complete: Leg day");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Hi Ada");
	}

	@Test
	void anEmailSwitchedOffIsNotSent() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		send("PUT", "/api/v1/notifications/preferences", "{\"channels\": {\"WORKOUT_SUMMARY\": {\"EMAIL\": false}}}", token);
		register(user, "quiet-" + user + "@example.com", "Q");
		deliver(user, "WorkoutCompleted", "{\"name\": \"No mail please\", \"weekStreak\": 1}");

		awaitMail("quiet-" + user + "@example.com", 1);
		Thread.sleep(1000);
		assertThat(smtp.getReceivedMessagesForDomain("quiet-" + user + "@example.com")).extracting(MimeMessage::getSubject)
			.containsExactly("Welcome to Repwise, Q!");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM email_delivery WHERE user_id = ?", Integer.class, user))
			.isEqualTo(1);
	}

	@Test
	void quietHoursHoldEmailUntilTheyEnd() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		send("PUT", "/api/v1/notifications/preferences", """
				{"channels": {"WELCOME": {"EMAIL": false}},
				 "quietHours": {"start": "%s", "end": "%s", "timeZone": "UTC"}}"""
			.formatted(now.minusHours(1), now.plusHours(1)), token);
		register(user, "night-" + user + "@example.com", "N");
		deliver(user, "PersonalRecordAchieved", "{\"exerciseName\": \"Squat\", \"kind\": \"HEAVIEST_WEIGHT\", \"value\": 140}");

		Timestamp held = this.jdbc.queryForObject(
				"SELECT next_attempt_at FROM email_delivery WHERE user_id = ? AND status = 'PENDING'", Timestamp.class, user);
		assertThat(held.toInstant()).isAfter(Instant.now().plus(55, ChronoUnit.MINUTES))
			.isBefore(Instant.now().plus(61, ChronoUnit.MINUTES));
		Thread.sleep(1000);
		assertThat(smtp.getReceivedMessagesForDomain("night-" + user + "@example.com")).as("held during quiet hours")
			.isEmpty();

		// The quiet hours end.
		this.jdbc.update("UPDATE email_delivery SET next_attempt_at = now() WHERE user_id = ?", user);
		assertThat(awaitMail("night-" + user + "@example.com", 1)[0].getSubject()).isEqualTo("New personal record: Squat");
	}

	@Test
	void failedSendsAreRetriedThenMarkedFailedForAdministrators() throws Exception {
		UUID user = UUID.randomUUID();
		smtp.stop();
		register(user, "bounce-" + user + "@example.com", "B");

		Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.until(() -> "FAILED".equals(this.jdbc.queryForObject(
					"SELECT status FROM email_delivery WHERE user_id = ?", String.class, user)));
		assertThat(this.jdbc.queryForObject("SELECT attempts FROM email_delivery WHERE user_id = ?", Integer.class, user))
			.isEqualTo(3);

		String admin = tokens.forUser(UUID.randomUUID(), Map.of(), "USER", "ADMIN");
		HttpResponse<String> failed = send("GET", "/api/v1/notifications/admin/emails?status=FAILED&size=100", null, admin);
		assertThat(failed.statusCode()).isEqualTo(200);
		JsonNode items = this.json.readTree(failed.body()).get("items");
		assertThat(items).anySatisfy((item) -> {
			assertThat(item.get("userId").asString()).isEqualTo(user.toString());
			assertThat(item.get("lastError").asString()).isNotBlank();
		});
		assertThat(send("GET", "/api/v1/notifications/admin/emails", null, tokens.forUser(user)).statusCode())
			.isEqualTo(403);
	}

	/** The emails to one address once at least {@code count} arrived (other tests' mail may arrive too). */
	private static MimeMessage[] awaitMail(String address, int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (smtp.getReceivedMessagesForDomain(address).length < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
		assertThat(received).as("emails to " + address).hasSizeGreaterThanOrEqualTo(count);
		return received;
	}

	private void register(UUID user, String email, String name) throws Exception {
		deliver(user, "UserRegistered", "{\"email\": \"" + email + "\", \"displayName\": \"" + name + "\"}");
	}

	private void deliver(UUID subject, String type, String payload) throws Exception {
		String event = """
				{"id": "%s", "type": "%s", "occurredAt": "2026-11-24T10:00:00Z", "subject": "%s", "payload": %s, "version": 1}"""
			.formatted(UUID.randomUUID(), type, subject, payload);
		assertThat(send("POST", "/internal/events", event, tokens.service("user-service", "events:write")).statusCode())
			.isEqualTo(202);
	}

	HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		HttpResponse<String> response = TestHttp.at(this.port).send(method, path, body, token);
		return response;
	}

}
