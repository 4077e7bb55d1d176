package io.repwise.infra.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: starts the whole suite, waits until the gateway reports it UP, prints where
 * everything is, and on Ctrl-C stops every process it started.
 * <p>
 * Environment: {@code REPWISE_JAVA_OPTS} (JVM options for the services), {@code REPWISE_CDS}
 * ({@code false} to start from the executable jars), {@code REPWISE_PG_PORT} (15432),
 * {@code REPWISE_REDIS_PORT} (16379), plus {@code SPRING_DATASOURCE_*} and
 * {@code SPRING_DATA_REDIS_*} to use a real PostgreSQL and Redis instead of embedded ones.
 */
public final class RunSuite {

	/**
	 * Sized for a 2-core machine running six JVMs: a small heap and code cache, the serial
	 * collector (no GC threads to share cores with), smaller thread stacks. Per-service additions
	 * are in {@link ServiceSpec#SUITE}.
	 */
	static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -Xms32m -Xmx128m -XX:MaxMetaspaceSize=160m "
			+ "-XX:ReservedCodeCacheSize=48m -Xss512k";

	private RunSuite() {
	}

	public static void main(String[] args) throws Exception {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN); // embedded servers' chatter only matters on failure

		Path root = Path.of("").toAbsolutePath();
		Path run = root.resolve(".run");
		List<String> javaOptions = Arrays.asList(env("REPWISE_JAVA_OPTS", DEFAULT_JAVA_OPTS).trim().split("\\s+"));
		Suite.Options options = new Suite.Options(root, run, ServiceSpec.SUITE, javaOptions,
				!"false".equals(env("REPWISE_CDS", "true")), Integer.parseInt(env("REPWISE_PG_PORT", "15432")),
				run.resolve("pgdata"), Integer.parseInt(env("REPWISE_REDIS_PORT", "16379")), Duration.ofMinutes(3), Map.of());

		System.out.println("Starting Repwise…");
		Suite suite;
		try {
			suite = Suite.start(options, System.out);
		}
		catch (Exception ex) {
			System.err.println("Repwise could not start: " + ex.getMessage()
					+ ((ex.getCause() != null) ? " (" + ex.getCause().getMessage() + ")" : ""));
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping Repwise…");
			suite.close();
			System.out.println("Stopped.");
			stopped.countDown();
		}, "repwise-shutdown"));

		String status = new SuiteHealthWaiter("http://localhost:3000/health").awaitUp(Duration.ofMinutes(1));
		System.out.println();
		System.out.println("Repwise is " + status + ".");
		System.out.println("  API (gateway)   http://localhost:3000/api/v1/…");
		System.out.println("  Suite health    http://localhost:3000/health");
		System.out.println("  Logs            " + run.resolve("logs"));
		System.out.println("Press Ctrl-C to stop everything.");
		stopped.await();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
