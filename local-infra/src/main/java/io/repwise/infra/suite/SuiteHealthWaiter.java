package io.repwise.infra.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Polls the gateway's {@code GET /health} until the suite reports UP. */
final class SuiteHealthWaiter {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final URI health;

	SuiteHealthWaiter(String healthUrl) {
		this.health = URI.create(healthUrl);
	}

	/** Returns the last status seen: UP, or whatever it was when the timeout ran out. */
	String awaitUp(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		String status = "unreachable";
		while (Instant.now().isBefore(deadline)) {
			try {
				HttpResponse<String> response = this.http.send(
						HttpRequest.newBuilder(this.health).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				status = response.body().contains("\"status\":\"UP\"") ? "UP" : "not yet UP: " + response.body();
				if (status.equals("UP")) {
					return status;
				}
			}
			catch (IOException ex) {
				status = "unreachable (" + ex.getClass().getSimpleName() + ")";
			}
			Thread.sleep(250);
		}
		return status;
	}

}
