import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant-rate HTTP load generator (run with `java bench/FixedRateLoad.java`). Requests go out
 * on a fixed schedule whatever the server does, and latency is measured from when each request
 * was due, not from when it was sent, so a stalled server cannot hide its queueing delay
 * ("coordinated omission"). URLs and bearer tokens are used round-robin. The warm-up runs at a
 * quarter of the rate, as traffic reaching a freshly started service would ramp up.
 *
 *   java bench/FixedRateLoad.java RATE SECONDS URL_FILE TOKEN_FILE [WARMUP_SECONDS]
 */
public class FixedRateLoad {

	/** Requests sent so far; the measured run continues the URL list where the warm-up stopped. */
	static long sent;

	public static void main(String[] args) throws Exception {
		int rate = Integer.parseInt(args[0]);
		int seconds = Integer.parseInt(args[1]);
		List<String> urls = Files.readAllLines(Path.of(args[2])).stream().filter((line) -> !line.isBlank()).toList();
		List<String> tokens = Files.readAllLines(Path.of(args[3])).stream().filter((line) -> !line.isBlank()).toList();
		int warmup = (args.length > 4) ? Integer.parseInt(args[4]) : 10;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.executor(Executors.newFixedThreadPool(8))
			.build();
		if (warmup > 0) {
			run(client, Math.max(1, rate / 4), warmup, urls, tokens);
		}
		Result result = run(client, rate, seconds, urls, tokens);
		long[] latencies = Arrays.copyOf(result.latencies, result.completed.get());
		Arrays.sort(latencies);
		System.out.printf("requests %d in %d s at %d/s scheduled; statuses %s; errors %d%n", latencies.length, seconds, rate,
				result.statuses, result.errors.get());
		System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", percentile(latencies, 50),
				percentile(latencies, 90), percentile(latencies, 99), percentile(latencies, 99.9),
				latencies[latencies.length - 1] / 1e6);
		System.exit(0);
	}

	record Result(long[] latencies, AtomicInteger completed, Map<Integer, Integer> statuses, AtomicInteger errors) {
	}

	static Result run(HttpClient client, int rate, int seconds, List<String> urls, List<String> tokens)
			throws InterruptedException {
		int total = rate * seconds;
		long period = 1_000_000_000L / rate;
		Result result = new Result(new long[total], new AtomicInteger(), new ConcurrentHashMap<>(), new AtomicInteger());
		CountDownLatch done = new CountDownLatch(total);
		long start = System.nanoTime() + 50_000_000L;
		for (int i = 0; i < total; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get((int) (sent++ % urls.size()))))
				.timeout(Duration.ofSeconds(10))
				.header("Authorization", "Bearer " + tokens.get((int) (sent % tokens.size())))
				.build();
			client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				long latency = System.nanoTime() - due;
				if (failure != null) {
					result.errors.incrementAndGet();
				}
				else {
					result.statuses.merge(response.statusCode(), 1, Integer::sum);
					result.latencies[result.completed.getAndIncrement()] = latency;
				}
				done.countDown();
			});
		}
		done.await();
		return new Result(result.latencies, result.completed, new TreeMap<>(result.statuses), result.errors);
	}

	static double percentile(long[] sorted, double percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
