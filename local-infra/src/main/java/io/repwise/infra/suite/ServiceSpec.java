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
 */
public record ServiceSpec(String name, int port, String database, boolean usesRedis, String urlVariable) {

	/** The suite in start order: the gateway last, once what it routes to is coming up. */
	public static final List<ServiceSpec> SUITE = List.of(
			new ServiceSpec("user-service", 3001, "users", false, "USER_SERVICE_URL"),
			new ServiceSpec("workout-service", 3002, "workouts", true, "WORKOUT_SERVICE_URL"),
			new ServiceSpec("ai-service", 3003, null, true, "AI_SERVICE_URL"),
			new ServiceSpec("notification-service", 3004, "notifications", false, "NOTIFICATION_SERVICE_URL"),
			new ServiceSpec("gateway-service", 3000, null, true, null));

	public ServiceSpec withPort(int newPort) {
		return new ServiceSpec(this.name, newPort, this.database, this.usesRedis, this.urlVariable);
	}

	public String url() {
		return "http://localhost:" + this.port;
	}

}
