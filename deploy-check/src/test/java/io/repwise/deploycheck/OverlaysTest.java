package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The real overlays render, are valid Kubernetes objects and follow the house rules. Everything
 * here checks kubectl kustomize's rendering ({@link Overlays#render}).
 */
class OverlaysTest {

	private static final Path DEV = Overlays.K8S.resolve("overlays/dev");

	private static final Path PROD = Overlays.K8S.resolve("overlays/prod");

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyRenderedObjectMatchesTheKubernetesSchema(String overlay) {
		// kubectl kustomize's output (what kubectl apply -k sends), checked against the renderer's.
		Rendered rendered = Overlays.render(Overlays.K8S.resolve("overlays/" + overlay));
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
		assertThat(new NetworkPolicies(Overlays.render(DEV)).connections())
			.containsExactlyInAnyOrderElementsOf(DesignedNetwork.dev());
	}

	@Test
	void prodNetworkAllowsExactlyTheCallsOfTheArchitectureAndTheExternalDataStores() {
		assertThat(new NetworkPolicies(Overlays.render(PROD)).connections())
			.containsExactlyInAnyOrderElementsOf(DesignedNetwork.prod());
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

}
