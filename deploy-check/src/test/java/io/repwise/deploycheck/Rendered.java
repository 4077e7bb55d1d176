package io.repwise.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * A rendered overlay, schema-checked, with typed views of its objects for the house rules.
 *
 * @param objects every object as rendered
 * @param violations what {@link KubernetesSchema} found; typed views hold only the valid objects
 */
record Rendered(List<Map<String, Object>> objects, List<String> violations, List<V1Deployment> deployments,
		List<V1StatefulSet> statefulSets, List<V1Service> services, List<V1ServiceAccount> serviceAccounts,
		List<V1ConfigMap> configMaps, List<V1Secret> secrets, List<V1PodDisruptionBudget> podDisruptionBudgets,
		List<V2HorizontalPodAutoscaler> autoscalers, List<V1Ingress> ingresses, List<V1NetworkPolicy> networkPolicies,
		List<V1Namespace> namespaces) {

	/** A Deployment or StatefulSet: what runs pods. */
	record Workload(String kind, V1ObjectMeta metadata, Integer replicas, V1PodTemplateSpec template) {

		String name() {
			return this.metadata.getName();
		}

		String describe() {
			return this.kind + "/" + name();
		}

	}

	static Rendered of(List<Map<String, Object>> objects) {
		List<String> violations = new ArrayList<>();
		Rendered rendered = new Rendered(objects, violations, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (Map<String, Object> object : objects) {
			List<String> found = KubernetesSchema.violations(object);
			violations.addAll(found);
			if (!found.isEmpty()) {
				continue;
			}
			switch ((String) object.get("kind")) {
				case "Deployment" -> rendered.deployments.add(KubernetesSchema.typed(object, V1Deployment.class));
				case "StatefulSet" -> rendered.statefulSets.add(KubernetesSchema.typed(object, V1StatefulSet.class));
				case "Service" -> rendered.services.add(KubernetesSchema.typed(object, V1Service.class));
				case "ServiceAccount" ->
					rendered.serviceAccounts.add(KubernetesSchema.typed(object, V1ServiceAccount.class));
				case "ConfigMap" -> rendered.configMaps.add(KubernetesSchema.typed(object, V1ConfigMap.class));
				case "Secret" -> rendered.secrets.add(KubernetesSchema.typed(object, V1Secret.class));
				case "PodDisruptionBudget" ->
					rendered.podDisruptionBudgets.add(KubernetesSchema.typed(object, V1PodDisruptionBudget.class));
				case "HorizontalPodAutoscaler" ->
					rendered.autoscalers.add(KubernetesSchema.typed(object, V2HorizontalPodAutoscaler.class));
				case "Ingress" -> rendered.ingresses.add(KubernetesSchema.typed(object, V1Ingress.class));
				case "NetworkPolicy" ->
					rendered.networkPolicies.add(KubernetesSchema.typed(object, V1NetworkPolicy.class));
				case "Namespace" -> rendered.namespaces.add(KubernetesSchema.typed(object, V1Namespace.class));
				default -> {
					// valid, and no house rule looks at it (PersistentVolumeClaim)
				}
			}
		}
		return rendered;
	}

	List<Workload> workloads() {
		List<Workload> workloads = new ArrayList<>();
		for (V1Deployment deployment : this.deployments) {
			workloads.add(new Workload("Deployment", deployment.getMetadata(), deployment.getSpec().getReplicas(),
					deployment.getSpec().getTemplate()));
		}
		for (V1StatefulSet statefulSet : this.statefulSets) {
			workloads.add(new Workload("StatefulSet", statefulSet.getMetadata(), statefulSet.getSpec().getReplicas(),
					statefulSet.getSpec().getTemplate()));
		}
		return workloads;
	}

	Optional<Workload> workload(String name) {
		return workloads().stream().filter((workload) -> workload.name().equals(name)).findFirst();
	}

	Optional<V1ConfigMap> configMap(String name) {
		return this.configMaps.stream().filter((map) -> map.getMetadata().getName().equals(name)).findFirst();
	}

	Optional<V1Service> service(String name) {
		return this.services.stream().filter((service) -> service.getMetadata().getName().equals(name)).findFirst();
	}

}
