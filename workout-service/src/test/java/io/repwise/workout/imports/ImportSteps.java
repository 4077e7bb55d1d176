package io.repwise.workout.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import io.repwise.testsupport.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

/** What tests of imports and exports do with an import over HTTP: read a sample file, confirm and wait for DONE. */
public final class ImportSteps {

	private ImportSteps() {
	}

	/** A sample export of {@code src/test/resources/imports} (its README says what each holds). */
	public static byte[] sample(String file) throws IOException {
		try (InputStream in = ImportSteps.class.getResourceAsStream("/imports/" + file)) {
			if (in == null) {
				throw new IOException("No sample file " + file);
			}
			return in.readAllBytes();
		}
	}

	/** Confirms with {@code body} and polls until the import leaves RUNNING, which must be for DONE. */
	public static JsonNode confirmAndAwait(TestApi api, String id, String body, String token) throws Exception {
		JsonNode started = api.body(202, api.send("POST", "/api/v1/imports/" + id + "/confirm", body, token));
		assertThat(started.get("status").asString()).isIn("RUNNING", "DONE");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = api.body(200, api.send("GET", "/api/v1/imports/" + id, null, token));
			if (!job.get("status").asString().equals("RUNNING")) {
				assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Import " + id + " still running after 60 s");
	}

}
