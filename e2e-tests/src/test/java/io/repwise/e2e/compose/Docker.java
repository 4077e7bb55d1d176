package io.repwise.e2e.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The docker and compose command lines, run as processes: what a person deploying the suite
 * types. Compose is the v2 plugin ({@code docker compose}) where it exists, else the standalone
 * {@code docker-compose} (Debian's 1.29 is what this project's CI machines can install).
 */
public final class Docker {

	/** The outcome of one command. */
	public record Result(int exitCode, String output) {

		Result orFail(List<String> command) {
			if (this.exitCode != 0) {
				throw new IllegalStateException(String.join(" ", command) + " exited " + this.exitCode + ":\n"
						+ tail(this.output));
			}
			return this;
		}

		private static String tail(String text) {
			return (text.length() > 4000) ? "…" + text.substring(text.length() - 4000) : text;
		}

	}

	private Docker() {
	}

	/** Whether a Docker engine answers. */
	public static boolean engineAnswers() {
		try {
			return run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Map.of(), null, Duration.ofSeconds(20))
				.exitCode() == 0;
		}
		catch (UncheckedIOException ex) {
			return false; // no docker command at all
		}
	}

	/** The compose command: {@code docker compose} or {@code docker-compose}; empty when neither runs. */
	public static List<String> composeCommand() {
		for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
			List<String> version = new ArrayList<>(candidate);
			version.add("version");
			try {
				if (run(version, Map.of(), null, Duration.ofSeconds(20)).exitCode() == 0) {
					return candidate;
				}
			}
			catch (UncheckedIOException ex) {
				// not installed; try the next
			}
		}
		return List.of();
	}

	public static boolean imagePresent(String image) {
		return run(List.of("docker", "image", "inspect", image), Map.of(), null, Duration.ofSeconds(20)).exitCode() == 0;
	}

	public static String docker(Duration timeout, String... arguments) {
		List<String> command = new ArrayList<>(List.of("docker"));
		command.addAll(List.of(arguments));
		return run(command, Map.of(), null, timeout).orFail(command).output().trim();
	}

	/** Runs a command, output and errors together, and kills it after the timeout. */
	public static Result run(List<String> command, Map<String, String> environment, Path directory, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor();
				return new Result(-1, output.join() + "\n(killed after " + timeout + ")");
			}
			return new Result(process.exitValue(), output.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(InputStream stream) {
		try (stream) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(output unreadable: " + ex.getMessage() + ")";
		}
	}

}
