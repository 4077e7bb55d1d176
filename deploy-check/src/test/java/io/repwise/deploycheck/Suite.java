package io.repwise.deploycheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What docs/ARCHITECTURE.md says about the deployable parts of Repwise. */
final class Suite {

	/** The five services and their ports. */
	static final Map<String, Integer> SERVICES;

	static {
		Map<String, Integer> services = new LinkedHashMap<>();
		services.put("gateway-service", 3000);
		services.put("user-service", 3001);
		services.put("workout-service", 3002);
		services.put("ai-service", 3003);
		services.put("notification-service", 3004);
		SERVICES = java.util.Collections.unmodifiableMap(services);
	}

	/** Services with a HorizontalPodAutoscaler (issue #7). */
	static final Set<String> AUTOSCALED = Set.of("gateway-service", "workout-service", "ai-service");

	/** The only service an Ingress may route to. */
	static final String GATEWAY = "gateway-service";

	/** The gateway's Actuator port (probes, metrics), apart from its public one; the others serve both on one. */
	static final int GATEWAY_MANAGEMENT_PORT = 3090;

	/** Where a service answers its probes and Prometheus. */
	static int actuatorPort(String service) {
		return GATEWAY.equals(service) ? GATEWAY_MANAGEMENT_PORT : SERVICES.get(service);
	}

	/** The container port's name for {@link #actuatorPort}. */
	static String actuatorPortName(String service) {
		return GATEWAY.equals(service) ? "management" : "http";
	}

	static final String READINESS_PATH = "/actuator/health/readiness";

	static final String LIVENESS_PATH = "/actuator/health/liveness";

	private Suite() {
	}

	/** The repository's root directory (deploy-check's parent), wherever Maven runs the tests. */
	static Path root() {
		Path candidate = Path.of("").toAbsolutePath();
		for (Path p = candidate; p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("k8s")) && Files.isRegularFile(p.resolve("docker-compose.yml"))) {
				return p;
			}
		}
		throw new IllegalStateException("No repository root (with k8s/ and docker-compose.yml) above " + candidate);
	}

}
