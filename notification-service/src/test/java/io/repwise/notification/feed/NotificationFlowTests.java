package io.repwise.notification.feed;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in over {@code /internal/events}, notifications out over the feed API, on a real
 * PostgreSQL and real HTTP with real tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "notifications", jwks = true)
class NotificationFlowTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eventsBecomeNotificationsOnceEach() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);

		deliver(UUID.randomUUID(), "UserRegistered", user, "{\"email\": \"ada@example.com\", \"displayName\": \"Ada\"}");
		UUID completed = UUID.randomUUID();
		String workout = """
				{"workoutId": "%s", "name": "Leg day", "durationSeconds": 3600, "completedSets": 15, "volumeKg": 5000,
				 "newRecords": 1, "weekStreak": 2, "units": "metric"}""".formatted(UUID.randomUUID());
		deliver(completed, "WorkoutCompleted", user, workout);
		deliver(completed, "WorkoutCompleted", user, workout);
		deliver(UUID.randomUUID(), "PersonalRecordAchieved", user, """
				{"exerciseName": "Barbell Squat", "kind": "HEAVIEST_WEIGHT", "value": 110, "previousValue": 100,
				 "weightKg": 0, "units": "metric"}""");

		JsonNode feed = api().body(200, api().send("GET", "/api/v1/notifications", null, token));
		assertThat(feed.get("totalItems").asLong()).as("the redelivered workout added nothing").isEqualTo(3);
		assertThat(feed.get("items")).extracting((n) -> n.get("title").asString())
			.containsExactly("New personal record: Barbell Squat", "Workout complete: Leg day", "Welcome to Repwise, Ada!");
		assertThat(feed.get("items").get(0).get("body").asString()).contains("110 kg").contains("before: 100 kg");
		assertThat(feed.get("items").get(1).get("body").asString()).contains("Streak kept: 2 weeks in a row");
		assertThat(this.jdbc.queryForObject("SELECT email FROM recipient WHERE user_id = ?", String.class, user))
			.isEqualTo("ada@example.com");
	}

	@Test
	void theFeedIsMineToReadMarkAndDelete() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		String stranger = tokens.forUser(UUID.randomUUID());
		for (int i = 0; i < 3; i++) {
			deliver(UUID.randomUUID(), "PersonalRecordAchieved", user,
					"{\"exerciseName\": \"Curl " + i + "\", \"kind\": \"HEAVIEST_WEIGHT\", \"value\": 20}");
		}
		JsonNode all = api().body(200, api().send("GET", "/api/v1/notifications?size=2", null, token));
		assertThat(all.get("totalItems").asLong()).isEqualTo(3);
		assertThat(all.get("totalPages").asInt()).isEqualTo(2);
		String newest = all.get("items").get(0).get("id").asString();

		assertThat(api().send("POST", "/api/v1/notifications/" + newest + "/read", null, stranger).statusCode()).isEqualTo(404);
		assertThat(api().send("DELETE", "/api/v1/notifications/" + newest, null, stranger).statusCode()).isEqualTo(404);
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications", null, stranger)).get("totalItems").asLong()).isZero();

		assertThat(api().send("POST", "/api/v1/notifications/" + newest + "/read", null, token).statusCode()).isEqualTo(204);
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications/unread-count", null, token)).get("unread").asLong())
			.isEqualTo(2);
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications?unread=true", null, token)).get("items"))
			.extracting((n) -> n.get("id").asString())
			.doesNotContain(newest);
		assertThat(api().body(200, api().send("POST", "/api/v1/notifications/read-all", null, token)).get("marked").asInt()).isEqualTo(2);
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications/unread-count", null, token)).get("unread").asLong()).isZero();
		assertThat(api().send("DELETE", "/api/v1/notifications/" + newest, null, token).statusCode()).isEqualTo(204);
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications", null, token)).get("totalItems").asLong()).isEqualTo(2);
		assertThat(api().send("GET", "/api/v1/notifications", null, null).statusCode()).isEqualTo(401);
		assertThat(api().send("GET", "/api/v1/notifications?size=500", null, token).statusCode()).isEqualTo(400);
	}

	@Test
	void aChannelTurnedOffStaysQuiet() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		JsonNode defaults = api().body(200, api().send("GET", "/api/v1/notifications/preferences", null, token));
		assertThat(defaults.get("channels").get("WORKOUT_SUMMARY").get("IN_APP").asBoolean()).isTrue();

		JsonNode saved = api().body(200, api().send("PUT", "/api/v1/notifications/preferences", """
				{"channels": {"WORKOUT_SUMMARY": {"IN_APP": false}},
				 "quietHours": {"start": "22:00", "end": "07:00", "timeZone": "Europe/Berlin"}}""", token));
		assertThat(saved.get("channels").get("WORKOUT_SUMMARY").get("IN_APP").asBoolean()).isFalse();
		assertThat(saved.get("channels").get("WORKOUT_SUMMARY").get("EMAIL").asBoolean()).isTrue();
		assertThat(saved.get("quietHours").get("timeZone").asString()).isEqualTo("Europe/Berlin");

		deliver(UUID.randomUUID(), "WorkoutCompleted", user, "{\"name\": \"Quiet one\", \"weekStreak\": 1}");
		deliver(UUID.randomUUID(), "PersonalRecordAchieved", user,
				"{\"exerciseName\": \"Row\", \"kind\": \"HEAVIEST_WEIGHT\", \"value\": 80}");
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications", null, token)).get("items"))
			.extracting((n) -> n.get("type").asString())
			.containsExactly("PERSONAL_RECORD");

		assertThat(api().invalidField(api().send("PUT", "/api/v1/notifications/preferences", """
				{"channels": {}, "quietHours": {"start": "22:00", "end": "07:00", "timeZone": "Mars/Olympus"}}""", token)))
			.isEqualTo("quietHours.timeZone");
		assertThat(api().invalidField(api().send("PUT", "/api/v1/notifications/preferences", """
				{"channels": {}, "quietHours": {"start": "25:00", "end": "07:00", "timeZone": "UTC"}}""", token)))
			.isEqualTo("quietHours.start");
		assertThat(api().send("PUT", "/api/v1/notifications/preferences", "{\"channels\": {\"NOPE\": {}}}", token).statusCode())
			.isEqualTo(400);
		assertThat(api().invalidField(api().send("PUT", "/api/v1/notifications/preferences",
				"{\"channels\": {\"WELCOME\": null}}", token))).startsWith("channels");
		assertThat(api().invalidField(api().send("PUT", "/api/v1/notifications/preferences",
				"{\"channels\": {\"WELCOME\": {\"EMAIL\": null}}}", token))).startsWith("channels");
	}

	@Test
	void userDeletedErasesEverythingHeldForTheUser() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		deliver(UUID.randomUUID(), "UserRegistered", user, "{\"email\": \"gone@example.com\", \"displayName\": \"G\"}");
		api().body(200, api().send("PUT", "/api/v1/notifications/preferences", """
				{"channels": {"WELCOME": {"EMAIL": false}},
				 "quietHours": {"start": "22:00", "end": "07:00", "timeZone": "UTC"}}""", token));

		deliver(UUID.randomUUID(), "UserDeleted", user, "{}");

		for (String table : java.util.List.of("notification", "notification_preference", "quiet_hours", "recipient")) {
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE user_id = ?", Integer.class, user))
				.as(table)
				.isZero();
		}
	}

	private void deliver(UUID eventId, String type, UUID subject, String payload) throws Exception {
		String event = """
				{"id": "%s", "type": "%s", "occurredAt": "2026-11-24T10:00:00Z", "subject": "%s", "payload": %s, "version": 1}"""
			.formatted(eventId, type, subject, payload);
		assertThat(api().send("POST", "/internal/events", event, tokens.service("workout-service", "events:write")).statusCode())
			.isEqualTo(202);
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
