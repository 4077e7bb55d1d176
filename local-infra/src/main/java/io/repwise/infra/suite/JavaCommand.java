package io.repwise.infra.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds the command line that starts a service. With class-data sharing the executable jar is
 * extracted once (Spring Boot's {@code -Djarmode=tools extract}) and a training run records an
 * AppCDS archive of the classes loaded up to context refresh; later starts map that archive
 * instead of loading and verifying the classes again, roughly halving start-up. Both are redone
 * whenever the jar changes.
 */
final class JavaCommand {

	private final Path projectRoot;

	private final Path appsDirectory;

	private final List<String> javaOptions;

	private final boolean classDataSharing;

	JavaCommand(Path projectRoot, Path appsDirectory, List<String> javaOptions, boolean classDataSharing) {
		this.projectRoot = projectRoot;
		this.appsDirectory = appsDirectory;
		this.javaOptions = List.copyOf(javaOptions);
		this.classDataSharing = classDataSharing;
	}

	List<String> command(ServiceSpec spec) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(this.javaOptions);
		command.addAll(spec.javaOptions());
		if (this.classDataSharing) {
			command.add("-XX:SharedArchiveFile=" + archive(spec));
			command.add("-Xshare:auto");
			command.add("-jar");
			command.add(extractedJar(spec).toString());
		}
		else {
			command.add("-jar");
			command.add(sourceJar(spec).toString());
		}
		return command;
	}

	/** Extracts and trains when the jar changed; returns whether it did. */
	boolean prepare(ServiceSpec spec, Map<String, String> environment) throws IOException, InterruptedException {
		Path source = sourceJar(spec);
		if (!Files.isRegularFile(source)) {
			throw new IOException(source + " is missing: build with ./mvnw -DskipTests package");
		}
		Path directory = this.appsDirectory.resolve(spec.name());
		Path stamp = directory.resolve("source.stamp");
		String expected = Files.getLastModifiedTime(source).toMillis() + ":" + Files.size(source);
		if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(expected) && Files.isRegularFile(archive(spec))) {
			return false;
		}
		deleteRecursively(directory);
		Files.createDirectories(directory);
		run(List.of(javaExecutable(), "-Djarmode=tools", "-jar", source.toString(), "extract", "--destination",
				directory.resolve("app").toString()), Map.of(), directory.resolve("extract.log"));
		List<String> training = new ArrayList<>();
		training.add(javaExecutable());
		training.addAll(this.javaOptions);
		training.addAll(spec.javaOptions());
		training.add("-XX:ArchiveClassesAtExit=" + archive(spec));
		training.add("-Dspring.context.exit=onRefresh");
		training.add("-jar");
		training.add(extractedJar(spec).toString());
		// Any free port: the training run must not collide with a service that is already up. It
		// waits for the JIT queue to drain before exiting: a Java 17 archive keeps the mark of a
		// method still queued then, and that method is never compiled again (JDK-8306460).
		Map<String, String> trainingEnvironment = new java.util.HashMap<>(environment);
		trainingEnvironment.put("SERVER_PORT", "0");
		trainingEnvironment.put("MANAGEMENT_SERVER_PORT", "0");
		trainingEnvironment.put("REPWISE_STARTUP_CACHE_TRAINING", "true");
		run(training, trainingEnvironment, directory.resolve("training.log"));
		Files.writeString(stamp, expected);
		return true;
	}

	private void run(List<String> command, Map<String, String> environment, Path log)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.projectRoot.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("Timed out: " + String.join(" ", command) + " (see " + log + ")");
		}
		if (process.exitValue() != 0) {
			throw new IOException("Failed with exit code " + process.exitValue() + ": " + String.join(" ", command)
					+ " (see " + log + ")");
		}
	}

	private Path sourceJar(ServiceSpec spec) {
		return this.projectRoot.resolve(spec.name()).resolve("target").resolve(spec.name() + ".jar");
	}

	private Path extractedJar(ServiceSpec spec) {
		return this.appsDirectory.resolve(spec.name()).resolve("app").resolve(spec.name() + ".jar");
	}

	private Path archive(ServiceSpec spec) {
		return this.appsDirectory.resolve(spec.name()).resolve("app.jsa");
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
