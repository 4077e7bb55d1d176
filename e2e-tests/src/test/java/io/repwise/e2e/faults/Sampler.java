package io.repwise.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads one value over and over while a fault runs (a health status, a breaker's state), so the
 * checker can say what was seen and when. A failed read is recorded as {@code null}. Bounded:
 * it stops by itself after {@code limit}.
 */
final class Sampler<T> implements AutoCloseable {

	/** One reading. */
	record Sample<T>(Instant at, T value) {
	}

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final ConcurrentLinkedQueue<Sample<T>> samples = new ConcurrentLinkedQueue<>();

	Sampler(Duration every, Duration limit, Callable<T> read) {
		Instant stopAt = Instant.now().plus(limit);
		this.clock.scheduleWithFixedDelay(() -> {
			if (Instant.now().isAfter(stopAt)) {
				this.clock.shutdown();
				return;
			}
			T value;
			try {
				value = read.call();
			}
			catch (Exception ex) {
				value = null;
			}
			this.samples.add(new Sample<>(Instant.now(), value));
		}, 0, every.toMillis(), TimeUnit.MILLISECONDS);
	}

	List<Sample<T>> samples() {
		return List.copyOf(this.samples);
	}

	/** The first reading at or after {@code after} equal to {@code value}, or {@code null}. */
	Instant first(T value, Instant after) {
		return this.samples.stream()
			.filter((sample) -> !sample.at().isBefore(after) && value.equals(sample.value()))
			.map(Sample::at)
			.findFirst()
			.orElse(null);
	}

	@Override
	public void close() throws InterruptedException {
		this.clock.shutdownNow();
		this.clock.awaitTermination(5, TimeUnit.SECONDS);
	}

}
