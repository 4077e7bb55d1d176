package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The real overlays render, are valid Kubernetes objects and follow the house rules. */
class OverlaysTest {

	private static final Path DEV = Overlays.K8S.resolve("overlays/dev");

	private static final Path PROD = Overlays.K8S.resolve("overlays/prod");

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyRenderedObjectMatchesTheKubernetesSchema(String overlay) throws IOException {
		List<Map<String, Object>> objects = Kustomize.build(Overlays.K8S.resolve("overlays/" + overlay));
		// What kubectl apply -k would send, for a human to read or diff against a real kustomize.
		Path out = Path.of("target", "rendered", overlay + ".yaml");
		Files.createDirectories(out.getParent());
		Files.writeString(out, Yamls.dumpAll(objects));

		Rendered rendered = Rendered.of(objects);
		assertThat(rendered.violations()).isEmpty();
		assertThat(rendered.deployments()).extracting((d) -> d.getMetadata().getName())
			.containsAll(Suite.SERVICES.keySet());
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyOverlayFollowsTheHouseRules(String overlay) {
		assertThat(Overlays.problems(Overlays.K8S.resolve("overlays/" + overlay))).isEmpty();
	}

	@Test
	void devNetworkAllowsExactlyTheCallsOfTheArchitecture() {
		Set<String> expected = internalCalls(true);
		expected.addAll(outsideConnections(List.of("gateway-service", "user-service", "workout-service", "ai-service",
				"notification-service", "postgres", "redis")));
		assertThat(new NetworkPolicies(Overlays.render(DEV)).connections()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void prodNetworkAllowsExactlyTheCallsOfTheArchitectureAndTheExternalDataStores() {
		Set<String> expected = internalCalls(false);
		expected.addAll(outsideConnections(List.copyOf(Suite.SERVICES.keySet())));
		for (String client : List.of("user-service", "workout-service", "notification-service")) {
			expected.add(client + " -> ipBlock 10.0.0.0/8 5432/TCP");
		}
		for (String client : List.of("gateway-service", "workout-service", "ai-service")) {
			expected.add(client + " -> ipBlock 10.0.0.0/8 6379/TCP");
		}
		assertThat(new NetworkPolicies(Overlays.render(PROD)).connections())
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void devRunsOneReplicaOfEverything() {
		Rendered dev = Overlays.render(DEV);
		for (Rendered.Workload workload : dev.workloads()) {
			if (workload.replicas() != null) {
				assertThat(workload.replicas()).as(workload.describe()).isEqualTo(1);
			}
		}
		for (V2HorizontalPodAutoscaler hpa : dev.autoscalers()) {
			assertThat(hpa.getSpec().getMaxReplicas()).as(hpa.getMetadata().getName()).isEqualTo(1);
		}
		assertThat(dev.objects()).allSatisfy((object) -> {
			if (!"Namespace".equals(object.get("kind"))) {
				assertThat(Kustomize.get(object, "metadata", "namespace")).isEqualTo("repwise-dev");
			}
		});
	}

	@Test
	void prodRunsSeveralReplicasOnExternalDataStores() {
		Rendered prod = Overlays.render(PROD);
		for (V1Deployment deployment : prod.deployments()) {
			if (!Suite.AUTOSCALED.contains(deployment.getMetadata().getName())) {
				assertThat(deployment.getSpec().getReplicas()).as(deployment.getMetadata().getName()).isGreaterThan(1);
			}
		}
		assertThat(prod.autoscalers()).hasSize(Suite.AUTOSCALED.size())
			.allSatisfy((hpa) -> assertThat(hpa.getSpec().getMinReplicas()).isGreaterThan(1));
		assertThat(prod.workloads()).extracting(Rendered.Workload::name)
			.containsExactlyInAnyOrderElementsOf(Suite.SERVICES.keySet());
		assertThat(prod.secrets()).as("prod Secrets are created outside the repository").isEmpty();
		assertThat(prod.deployments()).allSatisfy((deployment) -> assertThat(
				deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
			.startsWith("registry.example.com/repwise/"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void prodSecretTemplateIsValidAndUsed() {
		List<String> violations = new ArrayList<>();
		for (Object secret : Yamls.loadAll(PROD.resolve("secrets.template.yaml"))) {
			violations.addAll(KubernetesSchema.violations((Map<String, Object>) secret));
		}
		assertThat(violations).isEmpty();
		String rendered = Yamls.dumpAll(Overlays.render(PROD).objects());
		assertThat(Overlays.secretTemplate(PROD).keySet())
			.allSatisfy((name) -> assertThat(rendered).as("a Secret the prod overlay refers to").contains(name));
	}

	@Test
	void devPostgresInitScriptIsTheOneComposeUses() throws IOException {
		String compose = Files.readString(Suite.root().resolve("deploy/postgres/init/10-repwise-databases.sh"));
		Rendered dev = Overlays.render(DEV);
		assertThat(dev.configMap("postgres-init")).hasValueSatisfying(
				(map) -> assertThat(map.getData()).containsEntry("10-repwise-databases.sh", compose));
		for (String database : List.of("users", "workouts", "notifications")) {
			assertThat(compose).contains("create_database " + database + " ");
		}
	}

	/** The calls shared/DESIGN.md allows between the pods of one namespace. */
	private static Set<String> internalCalls(boolean dataStoresInCluster) {
		Set<String> calls = new TreeSet<>();
		for (String service : List.of("user-service", "workout-service", "ai-service", "notification-service")) {
			calls.add("gateway-service -> " + service + ":" + Suite.SERVICES.get(service) + "/TCP");
		}
		for (String service : Suite.SERVICES.keySet()) {
			calls.add(service + " -> user-service:3001/TCP"); // JWKS for all; service tokens
		}
		calls.add("ai-service -> workout-service:3002/TCP");
		calls.add("user-service -> notification-service:3004/TCP");
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

	/** DNS for every pod, email out, the ingress controller in, Prometheus scraping. */
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
		for (Map.Entry<String, Integer> service : Suite.SERVICES.entrySet()) {
			connections.add("namespace{kubernetes.io/metadata.name=monitoring} -> " + service.getKey() + " "
					+ service.getValue() + "/TCP");
		}
		return connections;
	}

}
