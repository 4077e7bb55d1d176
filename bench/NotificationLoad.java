import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Notification-service under load (run with `java bench/NotificationLoad.java`).
 *
 * intake BASE_URL SERVICE_TOKEN SECONDS THREADS: each thread posts distinct WorkoutCompleted events
 * to /internal/events back to back; reports events/s and latency.
 *
 * stream GATEWAY_URL SERVICE_URL SERVICE_TOKEN USER_TOKEN_FILE EVENTS: opens one stream per user
 * token through the gateway, then
 * posts PersonalRecordAchieved events for those users one at a time, each carrying its send time;
 * reports the time from posting to arrival on the stream.
 */
public class NotificationLoad {

	static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		if (args[0].equals("intake")) {
			intake(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
		}
		else {
			stream(args[1], args[2], args[3], Files.readAllLines(Path.of(args[4])), Integer.parseInt(args[5]));
		}
		System.exit(0);
	}

	static void intake(String base, String token, int seconds, int threads) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			new Thread(() -> {
				UUID user = UUID.randomUUID();
				while (System.nanoTime() < end) {
					String event = """
							{"id": "%s", "type": "WorkoutCompleted", "occurredAt": "%s", "subject": "%s", "version": 1,
							 "payload": {"name": "Bench", "durationSeconds": 3600, "completedSets": 15, "volumeKg": 4200,
							             "weekStreak": 3, "newRecords": 0, "startedAt": "%s"}}"""
						.formatted(UUID.randomUUID(), Instant.now(), user, Instant.now());
					long sent = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(post(base + "/internal/events", token, event),
								HttpResponse.BodyHandlers.discarding());
						latencies.add(System.nanoTime() - sent);
						if (response.statusCode() == 202) {
							accepted.incrementAndGet();
						}
						else {
							other.incrementAndGet();
						}
					}
					catch (Exception ex) {
						other.incrementAndGet();
					}
				}
				done.countDown();
			}).start();
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf("intake: %d events accepted in %.1f s = %.0f events/s with %d concurrent senders; %d other%n",
				accepted.get(), elapsed, accepted.get() / elapsed, threads, other.get());
		report(latencies);
	}

	static void stream(String gateway, String service, String serviceToken, List<String> userTokens, int events)
			throws Exception {
		List<UUID> users = new ArrayList<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong received = new AtomicLong();
		for (String token : userTokens.stream().filter((line) -> !line.isBlank()).toList()) {
			String[] parts = token.split("\\.");
			String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
			UUID user = UUID.fromString(claims.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1"));
			users.add(user);
			HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/notifications/stream"))
				.header("Accept", "text/event-stream")
				.header("Authorization", "Bearer " + token)
				.build();
			http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept((response) -> response.body()
				.filter((line) -> line.startsWith("data:") && line.contains("sent-at-"))
				.forEach((line) -> {
					long sentAt = Long.parseLong(line.replaceAll(".*sent-at-(\\d+).*", "$1"));
					latencies.add(System.nanoTime() - sentAt);
					received.incrementAndGet();
				}));
		}
		Thread.sleep(2000); // let every stream connect
		for (int i = 0; i < events; i++) {
			UUID user = users.get(i % users.size());
			String event = """
					{"id": "%s", "type": "PersonalRecordAchieved", "occurredAt": "%s", "subject": "%s", "version": 1,
					 "payload": {"exerciseName": "sent-at-%d", "kind": "HEAVIEST_WEIGHT", "value": 100}}"""
				.formatted(UUID.randomUUID(), Instant.now(), user, System.nanoTime());
			HttpResponse<Void> response = http.send(post(service + "/internal/events", serviceToken, event),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 202) {
				throw new IllegalStateException("intake answered " + response.statusCode());
			}
			Thread.sleep(20);
		}
		Thread.sleep(3000);
		System.out.printf("stream: %d of %d notifications arrived on %d open streams%n", received.get(), events,
				users.size());
		report(latencies);
	}

	static HttpRequest post(String url, String token, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	static void report(ConcurrentLinkedQueue<Long> latencies) {
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return;
		}
		System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", at(sorted, 50), at(sorted, 90),
				at(sorted, 99), sorted[sorted.length - 1] / 1e6);
	}

	static double at(long[] sorted, double percent) {
		int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
