package io.repwise.notification.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;

import io.repwise.notification.email.EmailOutbox;
import io.repwise.notification.feed.NotificationStore;
import io.repwise.notification.preference.PreferenceStore;
import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestApi;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders over the API and the scheduler against a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.reminders.poll-interval=1h")
@RealInfrastructure(postgres = "notifications", jwks = true)
class ReminderTests {

	static final TestTokens tokens = TestIssuer.tokens();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	NotificationStore notifications;

	@Autowired
	PreferenceStore preferences;

	@Autowired
	EmailOutbox emails;

	@Autowired
	TaskScheduler taskScheduler;

	@Autowired
	java.time.Clock clock;

	@Test
	void twoSchedulersAgainstOneDatabaseFireEachDueReminderOnce() throws Exception {
		UUID user = UUID.randomUUID();
		JsonNode reminder = api().body(201, api().send("POST", "/api/v1/notifications/reminders", """
				{"kind": "WORKOUT", "weekdays": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
				 "time": "07:00", "timeZone": "Europe/Berlin"}""", tokens.forUser(user)));
		Instant due = Instant.parse("2026-03-29T05:00:00Z"); // 07:00 in Berlin, the morning clocks went forward
		setNextFire(reminder, due);
		ReminderScheduler another = new ReminderScheduler(this.namedJdbc, this.transactionManager, this.notifications,
				this.preferences, this.emails, this.taskScheduler, this.clock, java.time.Duration.ofHours(1));

		assertThat(this.scheduler.fireDue(due.minusSeconds(1))).as("a second early").isZero();
		ExecutorService replicas = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			runs.add(replicas.submit((Callable<Integer>) () -> this.scheduler.fireDue(due)));
			runs.add(replicas.submit((Callable<Integer>) () -> another.fireDue(due)));
		}
		int fired = 0;
		for (Future<Integer> run : runs) {
			fired += run.get();
		}
		replicas.shutdown();

		assertThat(fired).isEqualTo(1);
		assertThat(reminderNotifications(user)).isEqualTo(1);
		assertThat(nextFire(reminder)).as("07:00 CEST the next day").isEqualTo(Instant.parse("2026-03-30T05:00:00Z"));
	}

	@Test
	void afterTheAutumnChangeSevenIsAnHourLaterInUtc() throws Exception {
		UUID user = UUID.randomUUID();
		JsonNode reminder = api().body(201, api().send("POST", "/api/v1/notifications/reminders", """
				{"kind": "WORKOUT", "weekdays": ["SUNDAY", "MONDAY"], "time": "07:00", "timeZone": "Europe/Berlin"}""",
				tokens.forUser(user)));
		setNextFire(reminder, Instant.parse("2026-10-25T06:00:00Z")); // 07:00 CET, the day clocks went back

		assertThat(this.scheduler.fireDue(Instant.parse("2026-10-25T05:59:59Z"))).isZero();
		assertThat(this.scheduler.fireDue(Instant.parse("2026-10-25T06:00:00Z"))).isEqualTo(1);
		assertThat(nextFire(reminder)).isEqualTo(Instant.parse("2026-10-26T06:00:00Z"));
	}

	@Test
	void aStreakAtRiskNudgesOnlyWhenLastWeekWasTrainedAndThisWeekNotYet() throws Exception {
		UUID atRisk = UUID.randomUUID();
		UUID trainedThisWeek = UUID.randomUUID();
		// Sunday 22 November 2026, 18:00 in Berlin = 17:00 UTC; the week began Monday 16 November.
		Instant sundayEvening = Instant.parse("2026-11-22T17:00:00Z");
		for (UUID user : List.of(atRisk, trainedThisWeek)) {
			JsonNode nudge = api().body(201, api().send("POST", "/api/v1/notifications/reminders", """
					{"kind": "STREAK_AT_RISK", "weekdays": ["SUNDAY"], "time": "18:00", "timeZone": "Europe/Berlin"}""",
					tokens.forUser(user)));
			setNextFire(nudge, sundayEvening);
		}
		deliverWorkout(atRisk, "2026-11-12T18:00:00Z", 4);
		deliverWorkout(trainedThisWeek, "2026-11-18T18:00:00Z", 5);

		this.scheduler.fireDue(sundayEvening);

		JsonNode feed = api().body(200, api().send("GET", "/api/v1/notifications", null, tokens.forUser(atRisk)));
		assertThat(feed.get("items")).extracting((n) -> n.get("title").asString()).contains("Your 4-week streak is at risk");
		JsonNode other = api().body(200, api().send("GET", "/api/v1/notifications", null, tokens.forUser(trainedThisWeek)));
		assertThat(other.get("items")).extracting((n) -> n.get("type").asString()).doesNotContain("STREAK_AT_RISK");
	}

	@Test
	void remindersAreMineAndValidatedAndErasedWithTheUser() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		JsonNode reminder = api().body(201, api().send("POST", "/api/v1/notifications/reminders", """
				{"kind": "WORKOUT", "weekdays": ["MONDAY"], "time": "06:45", "timeZone": "America/New_York"}""", token));
		String path = "/api/v1/notifications/reminders/" + reminder.get("id").asString();
		String stranger = tokens.forUser(UUID.randomUUID());

		assertThat(api().send("PUT", path, """
				{"kind": "WORKOUT", "weekdays": ["MONDAY"], "time": "06:45", "timeZone": "UTC"}""", stranger).statusCode())
			.isEqualTo(404);
		assertThat(api().send("DELETE", path, null, stranger).statusCode()).isEqualTo(404);
		assertThat(api().invalidField(api().send("POST", "/api/v1/notifications/reminders",
				"{\"kind\": \"WORKOUT\", \"weekdays\": [\"MONDAY\"], \"time\": \"7am\", \"timeZone\": \"UTC\"}", token)))
			.isEqualTo("time");
		assertThat(api().invalidField(api().send("POST", "/api/v1/notifications/reminders",
				"{\"kind\": \"WORKOUT\", \"weekdays\": [], \"time\": \"07:00\", \"timeZone\": \"UTC\"}", token)))
			.isEqualTo("weekdays");
		assertThat(api().body(200, api().send("GET", "/api/v1/notifications/reminders", null, token))).hasSize(1);

		String deleted = """
				{"id": "%s", "type": "UserDeleted", "occurredAt": "2026-11-24T10:00:00Z", "subject": "%s", "payload": {}, "version": 1}"""
			.formatted(UUID.randomUUID(), user);
		assertThat(api().send("POST", "/internal/events", deleted, tokens.service("user-service", "events:write")).statusCode())
			.isEqualTo(202);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM reminder WHERE user_id = ?", Integer.class, user)).isZero();
	}

	private void deliverWorkout(UUID user, String startedAt, int weekStreak) throws Exception {
		String event = """
				{"id": "%s", "type": "WorkoutCompleted", "occurredAt": "%s", "subject": "%s",
				 "payload": {"name": "Session", "startedAt": "%s", "weekStreak": %d}, "version": 1}"""
			.formatted(UUID.randomUUID(), startedAt, user, startedAt, weekStreak);
		assertThat(api().send("POST", "/internal/events", event, tokens.service("workout-service", "events:write")).statusCode())
			.isEqualTo(202);
	}

	private void setNextFire(JsonNode reminder, Instant at) {
		this.jdbc.update("UPDATE reminder SET next_fire_at = ? WHERE id = ?", Timestamp.from(at),
				UUID.fromString(reminder.get("id").asString()));
	}

	private Instant nextFire(JsonNode reminder) {
		return this.jdbc.queryForObject("SELECT next_fire_at FROM reminder WHERE id = ?", Timestamp.class,
				UUID.fromString(reminder.get("id").asString())).toInstant();
	}

	private int reminderNotifications(UUID user) {
		return this.jdbc.queryForObject("SELECT count(*) FROM notification WHERE user_id = ? AND type = 'WORKOUT_REMINDER'",
				Integer.class, user);
	}

	TestApi api() {
		return TestApi.at(this.port);
	}

}
