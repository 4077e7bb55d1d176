package io.repwise.notification.stream;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.repwise.notification.feed.NotificationStore;
import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.TestHttp;
import io.repwise.testsupport.TestIssuer;
import io.repwise.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live stream over real HTTP: a notification stored while a client listens reaches it through
 * PostgreSQL's NOTIFY (the path other replicas' notifications take too), and a reconnect with
 * {@code Last-Event-ID} replays what was missed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "notifications", jwks = true)
class StreamTests {

	static final TestTokens tokens = TestIssuer.tokens();

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	NotificationStore store;

	@Autowired
	DataSource dataSource;

	@Test
	void anOpenStreamReceivesNewNotificationsAndAReconnectReplaysTheMissedOnes() throws Exception {
		UUID user = UUID.randomUUID();
		String token = tokens.forUser(user);
		Listener first = listen(token, null);
		first.awaitLine("connected");

		record(user, "Barbell Squat");
		String firstId = first.awaitLine("id:").substring(3).trim();
		assertThat(first.awaitLine("data:")).contains("New personal record: Barbell Squat");
		first.close();

		record(user, "Bench Press");
		record(user, "Deadlift");
		Listener second = listen(token, firstId);
		List<String> replayed = List.of(second.awaitLine("data:"), second.awaitLine("data:"));
		assertThat(replayed).satisfiesExactly((line) -> assertThat(line).contains("Bench Press"),
				(line) -> assertThat(line).contains("Deadlift"));
		second.close();
	}

	@Test
	void anotherReplicasListenerHearsOfEveryNewNotification() throws Exception {
		BlockingQueue<String> heard = new LinkedBlockingQueue<>();
		NotificationStream otherReplica = new NotificationStream(this.store, new SimpleMeterRegistry()) {
			@Override
			void deliver(UUID user, UUID notificationId) {
				heard.add(user + ":" + notificationId);
			}
		};
		NotificationListener listener = new NotificationListener(this.dataSource, otherReplica);
		listener.start();
		try {
			UUID user = UUID.randomUUID();
			Thread.sleep(500); // the listener's LISTEN is in place
			record(user, "Overhead Press");
			String delivered = heard.poll(10, TimeUnit.SECONDS);
			assertThat(delivered).as("announced to the other replica").startsWith(user + ":");
			UUID notification = UUID.fromString(delivered.substring(delivered.indexOf(':') + 1));
			assertThat(this.store.find(user, notification)).get()
				.extracting(NotificationStore.Notification::title)
				.isEqualTo("New personal record: Overhead Press");
		}
		finally {
			listener.stop();
		}
	}

	@Test
	void aStreamIsPrivateAndNeedsAUserToken() throws Exception {
		UUID owner = UUID.randomUUID();
		record(owner, "Row");
		Listener ownerStream = listen(tokens.forUser(owner), null);
		ownerStream.close();

		Listener stranger = listen(tokens.forUser(UUID.randomUUID()), null);
		stranger.awaitLine("connected");
		record(owner, "Curl");
		assertThat(stranger.dataWithin(2)).as("someone else's notification").isNull();
		stranger.close();

		assertThat(TestHttp.at(this.port).get("/api/v1/notifications/stream", null).statusCode()).isEqualTo(401);
		assertThat(TestHttp.at(this.port)
			.withHeader("Last-Event-ID", "not-an-id")
			.get("/api/v1/notifications/stream", tokens.forUser(owner))
			.statusCode()).isEqualTo(400);
	}

	private void record(UUID user, String exercise) throws Exception {
		String event = """
				{"id": "%s", "type": "PersonalRecordAchieved", "occurredAt": "2026-11-24T10:00:00Z", "subject": "%s",
				 "payload": {"exerciseName": "%s", "kind": "HEAVIEST_WEIGHT", "value": 100}, "version": 1}"""
			.formatted(UUID.randomUUID(), user, exercise);
		assertThat(TestHttp.at(this.port)
			.send("POST", "/internal/events", event, tokens.service("workout-service", "events:write"))
			.statusCode()).isEqualTo(202);
	}

	private Listener listen(String token, String lastEventId) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/notifications/stream"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		Listener listener = new Listener();
		listener.response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenApply((response) -> {
			assertThat(response.statusCode()).isEqualTo(200);
			Thread reader = new Thread(() -> {
				try {
					response.body().forEach(listener.lines::add);
				}
				catch (UncheckedIOException ex) {
					// closed by the test
				}
			});
			reader.setDaemon(true);
			reader.start();
			return response;
		});
		return listener;
	}

	/** The lines a stream has sent so far. */
	static final class Listener {

		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		CompletableFuture<HttpResponse<Stream<String>>> response;

		/** The next line containing {@code text}, skipping others; fails after ten seconds. */
		String awaitLine(String text) throws InterruptedException {
			List<String> skipped = new ArrayList<>();
			while (true) {
				String line = this.lines.poll(10, TimeUnit.SECONDS);
				assertThat(line).as("a line with " + text + " after " + skipped).isNotNull();
				if (line.contains(text)) {
					return line;
				}
				skipped.add(line);
			}
		}

		/** The next {@code data:} line within {@code seconds}, or {@code null}. */
		String dataWithin(int seconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < deadline) {
				String line = this.lines.poll(100, TimeUnit.MILLISECONDS);
				if (line != null && line.startsWith("data:")) {
					return line;
				}
			}
			return null;
		}

		void close() {
			this.response.thenAccept((response) -> response.body().close());
			this.response.cancel(true);
		}

	}

}
