package io.repwise.e2e.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests at a fixed rate through the gateway, taking the calls in turn, each answer written to
 * a ledger. Bounded: it stops by itself after {@code limit} even if nobody stops it, and it sends
 * only to the address it is given (the gateway's port on this machine).
 */
final class SteadyLoad implements AutoCloseable {

	/** One kind of request: a name for the ledger, and how to make it. */
	record Call(String name, String method, String path, String body, String token) {

		HttpRequest request(String base) {
			return request(base, newRequestId());
		}

		/** An X-Request-Id of its own, to find the request in the services' logs. */
		static String newRequestId() {
			return "load-" + UUID.randomUUID();
		}

		HttpRequest request(String base, String requestId) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + this.path))
				.timeout(Duration.ofSeconds(10))
				.header("X-Request-Id", requestId)
				.header("Content-Type", "application/json")
				.method(this.method, (this.body != null) ? HttpRequest.BodyPublishers.ofString(this.body)
						: HttpRequest.BodyPublishers.noBody());
			if (this.token != null) {
				request.header("Authorization", "Bearer " + this.token);
			}
			return request.build();
		}

	}

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicLong sent = new AtomicLong();

	SteadyLoad(String base, List<Call> calls, int perSecond, Duration limit, Ledger ledger) {
		long periodMicros = 1_000_000L / perSecond;
		Instant stopAt = Instant.now().plus(limit);
		this.clock.scheduleAtFixedRate(() -> {
			if (Instant.now().isAfter(stopAt)) {
				this.clock.shutdown();
				return;
			}
			Call call = calls.get((int) (this.sent.getAndIncrement() % calls.size()));
			Instant started = Instant.now();
			String requestId = Call.newRequestId();
			this.http.sendAsync(call.request(base, requestId), HttpResponse.BodyHandlers.ofString())
				.whenComplete((response, failure) -> ledger.record(new Ledger.Entry(call.name(), call.method(), started,
						Duration.between(started, Instant.now()), (response != null) ? response.statusCode() : 0,
						(response != null) ? response.headers().firstValue("Content-Type").orElse(null) : null,
						(response != null && response.statusCode() == 201) ? response.body() : null, requestId,
						(failure != null) ? failure.toString() : null)));
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
	}

	long sent() {
		return this.sent.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.clock.shutdownNow();
		this.clock.awaitTermination(5, TimeUnit.SECONDS);
		Thread.sleep(1000); // answers still in flight reach the ledger
	}

}
