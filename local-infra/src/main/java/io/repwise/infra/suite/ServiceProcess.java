package io.repwise.infra.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child process of the launcher, with its output in its own log file. */
public final class ServiceProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

	private final ServiceSpec spec;

	private final Path logFile;

	private final Process process;

	private final Instant started;

	private ServiceProcess(ServiceSpec spec, Path logFile, Process process, Instant started) {
		this.spec = spec;
		this.logFile = logFile;
		this.process = process;
		this.started = started;
	}

	/**
	 * Starts the service.
	 * @param command the java command line, such as {@code java -jar x.jar}
	 * @param environment variables added to the launcher's own
	 */
	static ServiceProcess start(ServiceSpec spec, List<String> command, Map<String, String> environment,
			Path logFile, Path workingDirectory) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logFile.toFile());
		builder.environment().putAll(environment);
		return new ServiceProcess(spec, logFile, builder.start(), Instant.now());
	}

	public ServiceSpec spec() {
		return this.spec;
	}

	public Path logFile() {
		return this.logFile;
	}

	/**
	 * Waits until the service's readiness probe answers UP and returns how long start-up took,
	 * or fails when the process dies or the deadline passes.
	 */
	public Duration awaitReady(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		URI readiness = URI.create(this.spec.managementUrl() + "/actuator/health/readiness");
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.spec.name() + " exited with code " + this.process.exitValue()
						+ "; see " + this.logFile);
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(1)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return Duration.between(this.started, Instant.now());
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(this.spec.name() + " was not ready within " + timeout + "; see " + this.logFile);
	}

	/** Asks the service to shut down gracefully, and kills it if it has not after the grace period. */
	public void stop(Duration grace) {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
