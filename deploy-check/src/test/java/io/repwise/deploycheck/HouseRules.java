package io.repwise.deploycheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressBackend;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * Repwise's deployment rules (issue #7), checked on a rendered, schema-valid overlay. Each
 * violation names the object and what is wrong.
 *
 * <p>Every workload (Deployment, StatefulSet) and container: an image pinned to a version tag or a
 * digest; startup, readiness and liveness probes; CPU and memory requests and limits; a non-root,
 * RuntimeDefault-seccomp, no-privilege-escalation, read-only, all-capabilities-dropped security
 * context; no service account token; its own ServiceAccount; /tmp on an emptyDir; selected by a
 * NetworkPolicy of its own under a deny-by-default policy; every ConfigMap and Secret it refers to
 * present (or, for Secrets, provided outside the overlay). For the five services as well: the
 * health probe paths on the service port, a preStop pause shorter than the grace period, a
 * Service, ConfigMap and PodDisruptionBudget, an autoscaler for gateway, workout and ai (which then
 * leave replicas to it), and service URLs that name real Services. Ingresses route to the gateway
 * only.
 */
final class HouseRules {

	/** A release tag (major.minor at least, optional suffix such as -alpine) or a sha256 digest. */
	private static final Pattern VERSION_TAG = Pattern.compile("v?\\d+\\.\\d+(\\.\\d+){0,2}([-+._][0-9A-Za-z][0-9A-Za-z.-]*)?");

	private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

	private final Rendered rendered;

	private final Map<String, Set<String>> secretKeys = new HashMap<>();

	private final List<String> violations = new ArrayList<>();

	/**
	 * @param externalSecrets Secrets created outside the overlay (name to keys), such as the prod
	 * Secrets from secrets.template.yaml
	 */
	private HouseRules(Rendered rendered, Map<String, Set<String>> externalSecrets) {
		this.rendered = rendered;
		this.secretKeys.putAll(externalSecrets);
		for (V1Secret secret : rendered.secrets()) {
			Set<String> keys = new HashSet<>();
			if (secret.getData() != null) {
				keys.addAll(secret.getData().keySet());
			}
			if (secret.getStringData() != null) {
				keys.addAll(secret.getStringData().keySet());
			}
			this.secretKeys.put(secret.getMetadata().getName(), keys);
		}
	}

	static List<String> check(Rendered rendered, Map<String, Set<String>> externalSecrets) {
		HouseRules rules = new HouseRules(rendered, externalSecrets);
		for (Rendered.Workload workload : rendered.workloads()) {
			rules.workload(workload);
		}
		for (Map.Entry<String, Integer> service : Suite.SERVICES.entrySet()) {
			rules.service(service.getKey(), service.getValue());
		}
		rules.ingresses();
		rules.networkPolicies();
		return rules.violations;
	}

	// --- every workload ----------------------------------------------------------------------------

	private void workload(Rendered.Workload workload) {
		String at = workload.describe();
		V1PodSpec pod = workload.template().getSpec();
		V1PodSecurityContext podSecurity = pod.getSecurityContext();
		boolean podNonRoot = podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
		boolean podSeccomp = podSecurity != null && podSecurity.getSeccompProfile() != null
				&& "RuntimeDefault".equals(podSecurity.getSeccompProfile().getType());
		if (podSecurity != null && Long.valueOf(0).equals(podSecurity.getRunAsUser())) {
			fail(at, "runs as root (runAsUser 0)");
		}
		if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
			fail(at, "automountServiceAccountToken must be false");
		}
		String account = pod.getServiceAccountName();
		if (account == null || account.equals("default")) {
			fail(at, "needs a ServiceAccount of its own (serviceAccountName)");
		}
		else if (this.rendered.serviceAccounts().stream().noneMatch((sa) -> sa.getMetadata().getName().equals(account))) {
			fail(at, "ServiceAccount " + account + " does not exist");
		}
		if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
				|| Boolean.TRUE.equals(pod.getHostIPC())) {
			fail(at, "shares a host namespace (hostNetwork, hostPID or hostIPC)");
		}
		Set<String> emptyDirs = new HashSet<>();
		for (V1Volume volume : list(pod.getVolumes())) {
			if (volume.getEmptyDir() != null) {
				emptyDirs.add(volume.getName());
			}
			if (volume.getConfigMap() != null && !Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
				requireConfigMap(at, volume.getConfigMap().getName());
			}
			if (volume.getSecret() != null && !Boolean.TRUE.equals(volume.getSecret().getOptional())) {
				requireSecret(at, volume.getSecret().getSecretName(), null);
			}
		}
		List<V1Container> all = new ArrayList<>(list(pod.getInitContainers()));
		all.addAll(pod.getContainers());
		for (V1Container container : all) {
			String where = at + " container " + container.getName();
			unpinned(container.getImage()).ifPresent((problem) -> fail(where, problem));
			resources(where, container.getResources());
			V1SecurityContext security = container.getSecurityContext();
			if (security == null) {
				fail(where, "has no securityContext");
			}
			else {
				if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
					fail(where, "allowPrivilegeEscalation must be false");
				}
				if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
					fail(where, "readOnlyRootFilesystem must be true");
				}
				if (Boolean.TRUE.equals(security.getPrivileged())) {
					fail(where, "must not be privileged");
				}
				if (security.getCapabilities() == null || security.getCapabilities().getDrop() == null
						|| !security.getCapabilities().getDrop().contains("ALL")) {
					fail(where, "must drop ALL capabilities");
				}
				if (security.getCapabilities() != null && security.getCapabilities().getAdd() != null
						&& !security.getCapabilities().getAdd().isEmpty()) {
					fail(where, "must not add capabilities");
				}
				if (Long.valueOf(0).equals(security.getRunAsUser())) {
					fail(where, "runs as root (runAsUser 0)");
				}
			}
			if (!podNonRoot && (security == null || !Boolean.TRUE.equals(security.getRunAsNonRoot()))) {
				fail(where, "runAsNonRoot must be true (pod or container)");
			}
			if (!podSeccomp && (security == null || security.getSeccompProfile() == null
					|| !"RuntimeDefault".equals(security.getSeccompProfile().getType()))) {
				fail(where, "seccompProfile must be RuntimeDefault (pod or container)");
			}
			boolean tmp = list(container.getVolumeMounts()).stream()
				.anyMatch((mount) -> "/tmp".equals(mount.getMountPath()) && emptyDirs.contains(mount.getName()));
			if (!tmp) {
				fail(where, "needs /tmp mounted from an emptyDir (the root filesystem is read-only)");
			}
			references(where, container);
		}
		for (V1Container container : pod.getContainers()) {
			String where = at + " container " + container.getName();
			if (container.getStartupProbe() == null) {
				fail(where, "has no startupProbe");
			}
			if (container.getReadinessProbe() == null) {
				fail(where, "has no readinessProbe");
			}
			if (container.getLivenessProbe() == null) {
				fail(where, "has no livenessProbe");
			}
		}
	}

	static Optional<String> unpinned(String image) {
		if (image == null || image.isBlank()) {
			return Optional.of("has no image");
		}
		Kustomize.Image parsed = Kustomize.Image.parse(image);
		if (parsed.digest() != null) {
			return DIGEST.matcher(parsed.digest()).matches() ? Optional.empty()
					: Optional.of("image " + image + " has a malformed digest");
		}
		if (parsed.tag() == null) {
			return Optional.of("image " + image + " has no tag, which means :latest; pin a version or digest");
		}
		if (parsed.tag().equals("latest")) {
			return Optional.of("image " + image + " uses the mutable tag :latest; pin a version or digest");
		}
		if (!VERSION_TAG.matcher(parsed.tag()).matches()) {
			return Optional.of("image " + image + " has tag '" + parsed.tag()
					+ "', not a version (major.minor at least) or digest");
		}
		return Optional.empty();
	}

	private void resources(String where, V1ResourceRequirements resources) {
		Map<String, Quantity> requests = (resources != null && resources.getRequests() != null) ? resources.getRequests()
				: Map.of();
		Map<String, Quantity> limits = (resources != null && resources.getLimits() != null) ? resources.getLimits()
				: Map.of();
		for (String resource : List.of("cpu", "memory")) {
			if (!requests.containsKey(resource)) {
				fail(where, "has no " + resource + " request");
			}
			if (!limits.containsKey(resource)) {
				fail(where, "has no " + resource + " limit");
			}
			if (requests.containsKey(resource) && limits.containsKey(resource)) {
				BigDecimal request = requests.get(resource).getNumber();
				BigDecimal limit = limits.get(resource).getNumber();
				if (request.compareTo(limit) > 0) {
					fail(where, resource + " request is above its limit");
				}
			}
		}
	}

	private void references(String where, V1Container container) {
		for (V1EnvFromSource source : list(container.getEnvFrom())) {
			if (source.getConfigMapRef() != null && !Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
				requireConfigMap(where, source.getConfigMapRef().getName());
			}
			if (source.getSecretRef() != null && !Boolean.TRUE.equals(source.getSecretRef().getOptional())) {
				requireSecret(where, source.getSecretRef().getName(), null);
			}
		}
		for (V1EnvVar variable : list(container.getEnv())) {
			if (variable.getValueFrom() == null) {
				continue;
			}
			var secret = variable.getValueFrom().getSecretKeyRef();
			if (secret != null && !Boolean.TRUE.equals(secret.getOptional())) {
				requireSecret(where, secret.getName(), secret.getKey());
			}
			var config = variable.getValueFrom().getConfigMapKeyRef();
			if (config != null && !Boolean.TRUE.equals(config.getOptional())) {
				Optional<V1ConfigMap> map = requireConfigMap(where, config.getName());
				if (map.isPresent() && (map.get().getData() == null || !map.get().getData().containsKey(config.getKey()))) {
					fail(where, "ConfigMap " + config.getName() + " has no key " + config.getKey());
				}
			}
		}
	}

	private Optional<V1ConfigMap> requireConfigMap(String where, String name) {
		Optional<V1ConfigMap> map = this.rendered.configMap(name);
		if (map.isEmpty()) {
			fail(where, "refers to ConfigMap " + name + ", which does not exist");
		}
		return map;
	}

	private void requireSecret(String where, String name, String key) {
		Set<String> keys = this.secretKeys.get(name);
		if (keys == null) {
			fail(where, "refers to Secret " + name + ", which is neither in the overlay nor in its secret template");
		}
		else if (key != null && !keys.contains(key)) {
			fail(where, "refers to key " + key + " of Secret " + name + ", which it does not have");
		}
	}

	// --- the five services -------------------------------------------------------------------------

	private void service(String name, int port) {
		Optional<Rendered.Workload> found = this.rendered.workload(name);
		if (found.isEmpty() || !found.get().kind().equals("Deployment")) {
			fail(name, "no Deployment");
			return;
		}
		Rendered.Workload workload = found.get();
		String at = workload.describe();
		V1PodSpec pod = workload.template().getSpec();
		Map<String, String> podLabels = workload.template().getMetadata().getLabels();
		V1Container container = pod.getContainers().stream().filter((c) -> c.getName().equals(name)).findFirst()
			.orElse(pod.getContainers().get(0));
		Optional<V1ContainerPort> http = list(container.getPorts()).stream()
			.filter((p) -> "http".equals(p.getName()) && p.getContainerPort() == port).findFirst();
		if (http.isEmpty()) {
			fail(at, "needs container port 'http' " + port);
		}
		int actuator = Suite.actuatorPort(name);
		String actuatorName = Suite.actuatorPortName(name);
		if (list(container.getPorts()).stream()
			.noneMatch((p) -> actuatorName.equals(p.getName()) && p.getContainerPort() == actuator)) {
			fail(at, "needs container port '" + actuatorName + "' " + actuator);
		}
		probe(at, "readinessProbe", container.getReadinessProbe(), Suite.READINESS_PATH, actuator, actuatorName);
		probe(at, "livenessProbe", container.getLivenessProbe(), Suite.LIVENESS_PATH, actuator, actuatorName);
		if (container.getStartupProbe() != null && container.getStartupProbe().getHttpGet() == null) {
			fail(at, "startupProbe should ask the service over HTTP");
		}

		long grace = (pod.getTerminationGracePeriodSeconds() != null) ? pod.getTerminationGracePeriodSeconds() : 30;
		Long pause = preStopPause(container);
		if (pause == null) {
			fail(at, "needs a preStop pause (lifecycle.preStop sleep) so endpoints drop the pod before SIGTERM");
		}
		else if (pause >= grace) {
			fail(at, "preStop pause " + pause + " s must be shorter than terminationGracePeriodSeconds " + grace);
		}

		Optional<V1Service> service = this.rendered.service(name);
		if (service.isEmpty()) {
			fail(at, "has no Service " + name);
		}
		else {
			V1Service s = service.get();
			Map<String, String> selector = s.getSpec().getSelector();
			if (selector == null || selector.isEmpty()
					|| !selector.entrySet().stream().allMatch((e) -> e.getValue().equals(podLabels.get(e.getKey())))) {
				fail("Service/" + name, "does not select the pods of " + at);
			}
			boolean servesPort = list(s.getSpec().getPorts()).stream()
				.anyMatch((p) -> p.getPort() == port && targets(p, port));
			if (!servesPort) {
				fail("Service/" + name, "must serve port " + port + " to the container's http port");
			}
		}

		Optional<String> configMapName = list(container.getEnvFrom()).stream()
			.filter((source) -> source.getConfigMapRef() != null)
			.map((source) -> source.getConfigMapRef().getName())
			.findFirst();
		if (configMapName.isEmpty()) {
			fail(at, "takes no ConfigMap (envFrom configMapRef)");
		}
		else {
			this.rendered.configMap(configMapName.get()).ifPresent((map) -> configuration(at, map, port));
		}

		boolean budget = this.rendered.podDisruptionBudgets().stream()
			.anyMatch((pdb) -> Selectors.matches(pdb.getSpec().getSelector(), podLabels));
		if (!budget) {
			fail(at, "no PodDisruptionBudget selects its pods");
		}

		List<V2HorizontalPodAutoscaler> scalers = this.rendered.autoscalers().stream()
			.filter((hpa) -> "Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind())
					&& name.equals(hpa.getSpec().getScaleTargetRef().getName()))
			.toList();
		if (Suite.AUTOSCALED.contains(name)) {
			if (scalers.size() != 1) {
				fail(at, "needs exactly one HorizontalPodAutoscaler (autoscaling/v2)");
			}
			else {
				V2HorizontalPodAutoscaler hpa = scalers.get(0);
				int min = (hpa.getSpec().getMinReplicas() != null) ? hpa.getSpec().getMinReplicas() : 1;
				if (min > hpa.getSpec().getMaxReplicas()) {
					fail("HorizontalPodAutoscaler/" + name, "minReplicas is above maxReplicas");
				}
			}
			if (workload.replicas() != null) {
				fail(at, "sets replicas although its HorizontalPodAutoscaler owns the count");
			}
		}
		else if (!scalers.isEmpty()) {
			fail(at, "has a HorizontalPodAutoscaler but is not meant to autoscale");
		}
	}

	private void probe(String at, String kind, V1Probe probe, String path, int port, String portName) {
		if (probe == null) {
			return; // reported by the workload rules
		}
		if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())
				|| !(isPort(probe.getHttpGet().getPort(), port, portName))) {
			fail(at, kind + " must be an HTTP GET of " + path + " on port " + port + " (or '" + portName + "')");
		}
	}

	private static boolean isPort(IntOrString value, int port) {
		return isPort(value, port, "http");
	}

	private static boolean isPort(IntOrString value, int port, String name) {
		return value != null && ((value.isInteger() && value.getIntValue() == port)
				|| (!value.isInteger() && name.equals(value.getStrValue())));
	}

	private static boolean targets(V1ServicePort servicePort, int port) {
		IntOrString target = servicePort.getTargetPort();
		return target == null ? servicePort.getPort() == port : isPort(target, port);
	}

	private static Long preStopPause(V1Container container) {
		if (container.getLifecycle() == null || container.getLifecycle().getPreStop() == null) {
			return null;
		}
		V1LifecycleHandler handler = container.getLifecycle().getPreStop();
		if (handler.getSleep() != null) {
			return handler.getSleep().getSeconds();
		}
		if (handler.getExec() != null && handler.getExec().getCommand() != null) {
			List<String> command = handler.getExec().getCommand();
			if (command.size() == 2 && command.get(0).endsWith("sleep") && command.get(1).matches("\\d+")) {
				return Long.valueOf(command.get(1));
			}
		}
		return null;
	}

	private void configuration(String at, V1ConfigMap map, int port) {
		Map<String, String> data = (map.getData() != null) ? map.getData() : Map.of();
		if (!String.valueOf(port).equals(data.get("SERVER_PORT"))) {
			fail("ConfigMap/" + map.getMetadata().getName(), "SERVER_PORT must be " + port);
		}
		for (Map.Entry<String, String> entry : data.entrySet()) {
			if (!entry.getKey().endsWith("_SERVICE_URL")) {
				continue;
			}
			String expectedService = entry.getKey().replace("_SERVICE_URL", "").toLowerCase() + "-service";
			Integer expectedPort = Suite.SERVICES.get(expectedService);
			String expected = "http://" + expectedService + ":" + expectedPort;
			if (expectedPort == null || !expected.equals(entry.getValue())
					|| this.rendered.service(expectedService).isEmpty()) {
				fail("ConfigMap/" + map.getMetadata().getName(), entry.getKey() + " must be " + expected
						+ " (the Service's DNS name and port)");
			}
		}
	}

	// --- ingress and network policies --------------------------------------------------------------

	private void ingresses() {
		if (this.rendered.ingresses().isEmpty()) {
			fail("Ingress", "the gateway needs an Ingress");
		}
		for (V1Ingress ingress : this.rendered.ingresses()) {
			String at = "Ingress/" + ingress.getMetadata().getName();
			List<V1IngressBackend> backends = new ArrayList<>();
			if (ingress.getSpec().getDefaultBackend() != null) {
				backends.add(ingress.getSpec().getDefaultBackend());
			}
			for (V1IngressRule rule : list(ingress.getSpec().getRules())) {
				if (rule.getHttp() != null) {
					for (V1HTTPIngressPath path : rule.getHttp().getPaths()) {
						backends.add(path.getBackend());
					}
				}
			}
			for (V1IngressBackend backend : backends) {
				if (backend.getService() == null || !Suite.GATEWAY.equals(backend.getService().getName())) {
					fail(at, "may route to " + Suite.GATEWAY + " only");
				}
				else if (backend.getService().getPort() == null
						|| !("http".equals(backend.getService().getPort().getName())
								|| Integer.valueOf(Suite.SERVICES.get(Suite.GATEWAY))
									.equals(backend.getService().getPort().getNumber()))) {
					fail(at, "must use the gateway Service's http port");
				}
			}
		}
	}

	private void networkPolicies() {
		boolean defaultDeny = false;
		for (V1NetworkPolicy policy : this.rendered.networkPolicies()) {
			var spec = policy.getSpec();
			if (Selectors.isEmpty(spec.getPodSelector()) && spec.getPolicyTypes() != null
					&& spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
					&& list(spec.getIngress()).isEmpty() && list(spec.getEgress()).isEmpty()) {
				defaultDeny = true;
			}
		}
		if (!defaultDeny) {
			fail("NetworkPolicy", "a default-deny policy (empty podSelector, Ingress and Egress, no rules) is required");
		}
		for (Rendered.Workload workload : this.rendered.workloads()) {
			Map<String, String> labels = workload.template().getMetadata().getLabels();
			boolean own = this.rendered.networkPolicies().stream()
				.anyMatch((policy) -> !Selectors.isEmpty(policy.getSpec().getPodSelector())
						&& Selectors.matches(policy.getSpec().getPodSelector(), labels));
			if (!own) {
				fail(workload.describe(), "is not covered by a NetworkPolicy of its own (one whose podSelector selects it)");
			}
		}
	}

	private void fail(String where, String what) {
		this.violations.add(where + ": " + what);
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
