package io.repwise.deploycheck;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connections docs/ARCHITECTURE.md allows, in the notation of {@link NetworkPolicies#connections}:
 * gateway to every service; ai to user and workout; user and workout to notification (outbox);
 * user to workout (outbox: UserDeleted);
 * every service to user (JWKS, service tokens); database and Redis clients to their stores; DNS
 * for every pod; SMTP out of notification-service; the ingress controller to the gateway;
 * Prometheus (namespace monitoring) to every service's Actuator port.
 */
final class DesignedNetwork {

	private DesignedNetwork() {
	}

	static Set<String> dev() {
		Set<String> expected = internalCalls(true);
		expected.addAll(outsideConnections(List.of("gateway-service", "user-service", "workout-service", "ai-service",
				"notification-service", "postgres", "redis")));
		return expected;
	}

	static Set<String> prod() {
		Set<String> expected = internalCalls(false);
		expected.addAll(outsideConnections(List.copyOf(Suite.SERVICES.keySet())));
		for (String client : List.of("user-service", "workout-service", "notification-service")) {
			expected.add(client + " -> ipBlock 10.0.0.0/8 5432/TCP");
		}
		for (String client : List.of("gateway-service", "workout-service", "ai-service")) {
			expected.add(client + " -> ipBlock 10.0.0.0/8 6379/TCP");
		}
		return expected;
	}

	private static Set<String> internalCalls(boolean dataStoresInCluster) {
		Set<String> calls = new TreeSet<>();
		for (String service : List.of("user-service", "workout-service", "ai-service", "notification-service")) {
			calls.add("gateway-service -> " + service + ":" + Suite.SERVICES.get(service) + "/TCP");
		}
		for (String service : Suite.SERVICES.keySet()) {
			calls.add(service + " -> user-service:3001/TCP");
		}
		calls.add("ai-service -> workout-service:3002/TCP");
		calls.add("user-service -> notification-service:3004/TCP");
		calls.add("user-service -> workout-service:3002/TCP");
		calls.add("workout-service -> notification-service:3004/TCP");
		if (dataStoresInCluster) {
			for (String client : List.of("user-service", "workout-service", "notification-service")) {
				calls.add(client + " -> postgres:5432/TCP");
			}
			for (String client : List.of("gateway-service", "workout-service", "ai-service")) {
				calls.add(client + " -> redis:6379/TCP");
			}
		}
		return calls;
	}

	private static Set<String> outsideConnections(List<String> pods) {
		Set<String> connections = new TreeSet<>();
		String dns = " -> namespace{kubernetes.io/metadata.name=kube-system} pod{k8s-app=kube-dns} 53/";
		for (String pod : pods) {
			connections.add(pod + dns + "UDP");
			connections.add(pod + dns + "TCP");
		}
		for (String port : List.of("25", "465", "587")) {
			connections.add("notification-service -> ipBlock 0.0.0.0/0 " + port + "/TCP");
		}
		connections.add("namespace{kubernetes.io/metadata.name=ingress-nginx} pod{app.kubernetes.io/name=ingress-nginx}"
				+ " -> gateway-service 3000/TCP");
		for (String service : Suite.SERVICES.keySet()) {
			connections.add("namespace{kubernetes.io/metadata.name=monitoring} -> " + service + " "
					+ Suite.actuatorPort(service) + "/TCP");
		}
		return connections;
	}

}
