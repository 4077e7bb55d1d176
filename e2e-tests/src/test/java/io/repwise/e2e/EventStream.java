package io.repwise.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events stream held open by a test: its lines as they arrive, read on a thread of its own. */
public final class EventStream implements AutoCloseable {

	private final HttpResponse<Stream<String>> response;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private EventStream(HttpResponse<Stream<String>> response) {
		this.response = response;
		Thread reader = new Thread(() -> {
			try {
				response.body().forEach(this.lines::add);
			}
			catch (RuntimeException ex) {
				// the stream was closed
			}
		});
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens the stream; the request should ask for {@code text/event-stream}. */
	public static EventStream open(HttpClient http, HttpRequest request) throws Exception {
		return new EventStream(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS));
	}

	public int statusCode() {
		return this.response.statusCode();
	}

	/** The lines that arrive until one contains {@code text} (that one last), or until the wait ends. */
	public List<String> linesUntil(String text, Duration wait) throws InterruptedException {
		List<String> seen = new ArrayList<>();
		Instant deadline = Instant.now().plus(wait);
		while (Instant.now().isBefore(deadline)) {
			String line = this.lines.poll(200, TimeUnit.MILLISECONDS);
			if (line != null) {
				seen.add(line);
				if (line.contains(text)) {
					break;
				}
			}
		}
		return seen;
	}

	@Override
	public void close() {
		this.response.body().close();
	}

}
