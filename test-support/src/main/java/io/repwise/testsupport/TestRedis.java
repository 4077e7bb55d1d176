package io.repwise.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.repwise.infra.LocalRedis;

/**
 * The Redis that tests in this JVM share: an embedded server started on first use, which tests
 * may stop and restart to prove behaviour during a Redis outage.
 */
public final class TestRedis {

	private static LocalRedis server;

	private TestRedis() {
	}

	/** Whether the environment names a Redis, which then wins over anything started here. */
	public static boolean namedByEnvironment() {
		return isSet("SPRING_DATA_REDIS_HOST") || isSet("SPRING_DATA_REDIS_URL");
	}

	public static synchronized LocalRedis server() {
		if (server == null) {
			try {
				LocalRedis redis = LocalRedis.start(0);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						redis.close();
					}
					catch (IOException ex) {
						// The JVM is going away.
					}
				}));
				server = redis;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded Redis", ex);
			}
		}
		return server;
	}

	private static boolean isSet(String name) {
		String value = System.getenv(name);
		return value != null && !value.isBlank();
	}

}
