package io.repwise.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL (one database per service) and Redis for {@code run.sh} until it is stopped.
 * It prints {@code REPWISE_INFRA_READY} once both accept connections; the data directory keeps
 * the databases between runs.
 * <p>
 * Environment: {@code REPWISE_PG_PORT} (15432), {@code REPWISE_REDIS_PORT} (16379),
 * {@code REPWISE_PG_DATA} (.run/pgdata). The ports differ from the standard ones so that a
 * developer's own PostgreSQL or Redis can keep running beside it.
 */
public final class LocalInfrastructureMain {

	static final List<String> DATABASES = List.of("users", "workouts", "notifications", "ai");

	private LocalInfrastructureMain() {
	}

	public static void main(String[] args) throws Exception {
		// The embedded servers' own chatter only matters when something fails. (No logback.xml:
		// this jar is also a test library and must not configure logging for its users.)
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		int pgPort = Integer.parseInt(env("REPWISE_PG_PORT", "15432"));
		int redisPort = Integer.parseInt(env("REPWISE_REDIS_PORT", "16379"));
		Path dataDirectory = Path.of(env("REPWISE_PG_DATA", ".run/pgdata")).toAbsolutePath();
		Files.createDirectories(dataDirectory);

		LocalPostgres postgres = LocalPostgres.start(pgPort, dataDirectory);
		for (String database : DATABASES) {
			postgres.ensureDatabase(database);
		}
		LocalRedis redis = LocalRedis.start(redisPort);

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			closeQuietly(redis);
			closeQuietly(postgres);
			stopped.countDown();
		}, "local-infra-shutdown"));

		System.out.println("PostgreSQL " + postgres.jdbcUrl("<database>") + " (user " + LocalPostgres.USER
				+ ", databases " + String.join(", ", DATABASES) + ", data in " + dataDirectory + ")");
		System.out.println("Redis redis://127.0.0.1:" + redis.port());
		System.out.println("REPWISE_INFRA_READY");
		stopped.await();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			System.err.println("Could not stop " + closeable.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
