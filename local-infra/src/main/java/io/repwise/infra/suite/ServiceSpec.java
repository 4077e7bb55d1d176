package io.repwise.infra.suite;

import java.util.List;

/**
 * One service of the suite as the launcher knows it.
 *
 * @param name module and process name, such as {@code workout-service}
 * @param port its HTTP port
 * @param database its own PostgreSQL database, or {@code null} when it keeps none
 * @param usesRedis whether it needs Redis
 * @param urlVariable the variable through which other services find it, such as {@code WORKOUT_SERVICE_URL}
 * @param javaOptions JVM options for this service on top of the suite's
 */
public record ServiceSpec(String name, int port, String database, boolean usesRedis, String urlVariable,
		List<String> javaOptions) {

	/**
	 * The services stop at the C1 compiler: a second faster to start and 40 MB smaller on a
	 * 2-core machine. The gateway, on every request's path, keeps C2 (docs/PERFORMANCE.md).
	 */
	private static final List<String> SERVICE_JIT = List.of("-XX:TieredStopAtLevel=1");

	/** The suite in start order: the gateway last, once what it routes to is coming up. */
	public static final List<ServiceSpec> SUITE = List.of(
			new ServiceSpec("user-service", 3001, "users", false, "USER_SERVICE_URL", SERVICE_JIT),
			new ServiceSpec("workout-service", 3002, "workouts", true, "WORKOUT_SERVICE_URL", SERVICE_JIT),
			new ServiceSpec("ai-service", 3003, null, true, "AI_SERVICE_URL", SERVICE_JIT),
			new ServiceSpec("notification-service", 3004, "notifications", false, "NOTIFICATION_SERVICE_URL",
					SERVICE_JIT),
			new ServiceSpec("gateway-service", 3000, null, true, null, List.of()));

	public ServiceSpec {
		javaOptions = List.copyOf(javaOptions);
	}

	public ServiceSpec withPort(int newPort) {
		return new ServiceSpec(this.name, newPort, this.database, this.usesRedis, this.urlVariable, this.javaOptions);
	}

	public String url() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Where its Actuator (the readiness probe) answers: its own port, but the gateway keeps
	 * Actuator off its public port, 90 above it (3090 beside 3000).
	 */
	public int managementPort() {
		return "gateway-service".equals(this.name) ? this.port + 90 : this.port;
	}

	public String managementUrl() {
		return "http://localhost:" + managementPort();
	}

}
