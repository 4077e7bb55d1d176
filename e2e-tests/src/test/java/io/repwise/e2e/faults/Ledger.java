package io.repwise.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every answer a fault scenario's clients saw: which call, when it was sent, how long it took,
 * its status and content type (status 0: no answer at all), and the body of what was created
 * (201), so the checker can look for it in the database afterwards.
 */
final class Ledger {

	/**
	 * One request and what came back.
	 *
	 * @param requestId the X-Request-Id it was sent with, to find it in the services' logs
	 * @param failure why there was no answer (status 0), else {@code null}
	 */
	record Entry(String call, String method, Instant sent, Duration took, int status, String contentType,
			String created, String requestId, String failure) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		boolean serverError() {
			return this.status >= 500 || this.status == 0;
		}

		boolean problem() {
			return this.contentType != null && this.contentType.startsWith("application/problem+json");
		}

	}

	private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

	void record(Entry entry) {
		this.entries.add(entry);
	}

	List<Entry> where(Predicate<Entry> condition) {
		return this.entries.stream().filter(condition).toList();
	}

	int size() {
		return this.entries.size();
	}

	/** How many entries have each status, lowest first. */
	static SortedMap<Integer, Long> statuses(List<Entry> entries) {
		return entries.stream()
			.collect(Collectors.groupingBy(Entry::status, TreeMap::new,
					Collectors.counting()));
	}

	/**
	 * Whether the requests sent between {@code from} and {@code to} were all answered (at least
	 * {@code expected} of them: one still in flight counts against it), none with a server
	 * error, each within {@code within}.
	 */
	boolean settled(Instant from, Instant to, long expected, Duration within) {
		List<Entry> window = where((e) -> !e.sent().isBefore(from) && e.sent().isBefore(to));
		return window.size() >= expected && window.stream().noneMatch(Entry::serverError)
				&& slowest(window).compareTo(within) < 0;
	}

	static Duration slowest(List<Entry> entries) {
		return entries.stream().map(Entry::took).max(Duration::compareTo).orElse(Duration.ZERO);
	}

}
