package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test breaks one thing in a copy of k8s/ and shows that the check rejects it, naming the
 * object and the field. The real files pass (OverlaysTest), so each failure here is the edit's.
 */
class BrokenManifestsTest {

	private static final String PROBE_READINESS = """
			          readinessProbe:
			            httpGet:
			              path: /actuator/health/readiness
			              port: http
			            periodSeconds: 10
			            timeoutSeconds: 2
			            failureThreshold: 3
			""";

	private static final String RESOURCES = """
			          resources:
			            requests:
			              cpu: 250m
			              memory: 384Mi
			            limits:
			              cpu: "1"
			              memory: 512Mi
			""";

	@TempDir
	Path temp;

	private Path k8s;

	@BeforeEach
	void copy() {
		this.k8s = Copies.copyTree(Overlays.K8S, this.temp.resolve("k8s"));
	}

	private List<String> problems(String overlay) {
		return Overlays.problems(this.k8s.resolve("overlays").resolve(overlay));
	}

	private void edit(String file, String from, String to) {
		Copies.edit(this.k8s.resolve(file), from, to);
	}

	// --- the Kubernetes schema ---------------------------------------------------------------------

	@Test
	void unknownFieldInAContainer() {
		edit("base/user-service/deployment.yaml", "          imagePullPolicy: IfNotPresent\n",
				"          imagePullPolicy: IfNotPresent\n          imagePullPolice: Always\n");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("apps/v1/Deployment user-service")
				&& p.contains("spec.template.spec.containers[0].imagePullPolice: unknown field"));
	}

	@Test
	void unknownFieldInASpec() {
		edit("base/ai-service/hpa.yaml", "  minReplicas: 1\n", "  minReplicas: 1\n  minReplica: 2\n");
		assertThat(problems("prod")).anyMatch((p) -> p.contains("HorizontalPodAutoscaler ai-service")
				&& p.contains("spec.minReplica: unknown field"));
	}

	@Test
	void misspeltTopLevelField() {
		edit("base/gateway-service/service.yaml", "spec:\n", "specs:\n");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("v1/Service gateway-service")
				&& p.contains("specs: unknown field"));
	}

	@Test
	void quotedNumberWhereAnIntegerIsExpected() {
		edit("base/user-service/deployment.yaml", "  replicas: 1\n", "  replicas: \"1\"\n");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("spec.replicas: expected an integer, got string \"1\""));
	}

	@Test
	void stringWhereABooleanIsExpected() {
		edit("base/workout-service/deployment.yaml", "runAsNonRoot: true", "runAsNonRoot: \"yes\"");
		assertThat(problems("dev")).anyMatch(
				(p) -> p.contains("spec.template.spec.securityContext.runAsNonRoot: expected a boolean, got string"));
	}

	@Test
	void numberWhereAStringIsExpected() {
		edit("base/ai-service/configmap.yaml", "  SERVER_PORT: \"3003\"", "  SERVER_PORT: 3003");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("v1/ConfigMap ai-service")
				&& p.contains("data.SERVER_PORT: expected a string, got number 3003"));
	}

	@Test
	void invalidQuantity() {
		edit("base/notification-service/deployment.yaml", "memory: 512Mi", "memory: 512MB");
		assertThat(problems("dev")).anyMatch(
				(p) -> p.contains("resources.limits.memory: '512MB' is not a quantity"));
	}

	@Test
	void missingRequiredField() {
		edit("base/gateway-service/deployment.yaml", "        - name: gateway-service\n          image:",
				"        - image:");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("apps/v1/Deployment gateway-service")
				&& p.contains("spec.template.spec.containers[0].name: required field is missing"));
	}

	@Test
	void valueTheApiServerRejects() {
		edit("base/user-service/deployment.yaml", "imagePullPolicy: IfNotPresent", "imagePullPolicy: IfMissing");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("imagePullPolicy: 'IfMissing' is not one of"));
	}

	@Test
	void apiVersionThatIsNotServed() {
		edit("base/workout-service/hpa.yaml", "apiVersion: autoscaling/v2", "apiVersion: autoscaling/v2beta2");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("autoscaling/v2beta2/HorizontalPodAutoscaler workout-service")
				&& p.contains("not one this suite deploys"));
	}

	@Test
	void selectorThatMissesThePodTemplate() {
		edit("base/ai-service/deployment.yaml", "  selector:\n    matchLabels:\n      app.kubernetes.io/name: ai-service",
				"  selector:\n    matchLabels:\n      app.kubernetes.io/name: ai");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("spec.selector does not match the pod template's labels"));
	}

	// --- probes, resources, images -----------------------------------------------------------------

	@Test
	void missingReadinessProbe() {
		edit("base/workout-service/deployment.yaml", PROBE_READINESS, "");
		assertThat(problems("dev")).contains("Deployment/workout-service container workout-service: has no readinessProbe");
	}

	@Test
	void missingStartupAndLivenessProbesOnTheDevDatabase() {
		edit("overlays/dev/postgres.yaml", "          startupProbe:\n", "          x-startupProbe:\n");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("x-startupProbe: unknown field"));
		Copies.edit(this.k8s.resolve("overlays/dev/postgres.yaml"), """
				          x-startupProbe:
				            exec:
				              command: ["pg_isready", "-U", "postgres", "-h", "127.0.0.1"]
				            periodSeconds: 5
				            timeoutSeconds: 3
				            failureThreshold: 30
				""", "");
		assertThat(problems("dev")).contains("StatefulSet/postgres container postgres: has no startupProbe");
	}

	@Test
	void readinessProbeOnTheWrongPath() {
		edit("base/user-service/deployment.yaml", "path: /actuator/health/readiness", "path: /health");
		assertThat(problems("prod")).contains(
				"Deployment/user-service: readinessProbe must be an HTTP GET of /actuator/health/readiness on port 3001 (or 'http')");
	}

	@Test
	void missingResources() {
		edit("base/ai-service/deployment.yaml", RESOURCES, "");
		assertThat(problems("prod")).contains("Deployment/ai-service container ai-service: has no cpu request",
				"Deployment/ai-service container ai-service: has no memory limit");
	}

	@Test
	void missingMemoryLimitOnly() {
		edit("overlays/dev/redis.yaml", "              memory: 128Mi\n", "");
		assertThat(problems("dev")).containsExactly("Deployment/redis container redis: has no memory limit");
	}

	@Test
	void latestTagFromAnOverlay() {
		edit("overlays/prod/kustomization.yaml",
				"    newName: registry.example.com/repwise/ai-service\n    newTag: \"0.1.0\"",
				"    newName: registry.example.com/repwise/ai-service\n    newTag: latest");
		assertThat(problems("prod")).contains("Deployment/ai-service container ai-service: image "
				+ "registry.example.com/repwise/ai-service:latest uses the mutable tag :latest; pin a version or digest");
	}

	@Test
	void untaggedImage() {
		edit("overlays/dev/postgres.yaml", "image: postgres:17.6-alpine", "image: postgres");
		assertThat(problems("dev")).contains("StatefulSet/postgres container postgres: image postgres has no tag, "
				+ "which means :latest; pin a version or digest");
	}

	@Test
	void floatingTagThatIsNoVersion() {
		edit("overlays/dev/redis.yaml", "image: redis:7.4.5-alpine", "image: redis:alpine");
		assertThat(problems("dev")).anyMatch((p) -> p.contains("image redis:alpine has tag 'alpine', not a version"));
	}

	@Test
	void digestPinsAnImage() {
		edit("overlays/prod/kustomization.yaml",
				"    newName: registry.example.com/repwise/ai-service\n    newTag: \"0.1.0\"",
				"    newName: registry.example.com/repwise/ai-service\n    digest: sha256:" + "a".repeat(64));
		assertThat(problems("prod")).isEmpty();
	}

	// --- security context and shutdown -------------------------------------------------------------

	@Test
	void writableRootFilesystemAndPrivilegeEscalation() {
		edit("base/gateway-service/deployment.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
		edit("base/gateway-service/deployment.yaml", "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true");
		assertThat(problems("dev")).contains(
				"Deployment/gateway-service container gateway-service: readOnlyRootFilesystem must be true",
				"Deployment/gateway-service container gateway-service: allowPrivilegeEscalation must be false");
	}

	@Test
	void capabilitiesNotDroppedAndNoSeccomp() {
		edit("base/user-service/deployment.yaml", "              drop:\n                - ALL\n",
				"              drop:\n                - NET_RAW\n");
		edit("base/user-service/deployment.yaml", "        seccompProfile:\n          type: RuntimeDefault\n", "");
		assertThat(problems("dev")).contains("Deployment/user-service container user-service: must drop ALL capabilities",
				"Deployment/user-service container user-service: seccompProfile must be RuntimeDefault (pod or container)");
	}

	@Test
	void serviceAccountTokenMounted() {
		edit("base/ai-service/deployment.yaml", "      automountServiceAccountToken: false\n",
				"      automountServiceAccountToken: true\n");
		assertThat(problems("dev")).contains("Deployment/ai-service: automountServiceAccountToken must be false");
	}

	@Test
	void noTmpVolume() {
		edit("base/notification-service/deployment.yaml", "            - name: tmp\n              mountPath: /tmp\n", "");
		assertThat(problems("dev")).contains("Deployment/notification-service container notification-service: "
				+ "needs /tmp mounted from an emptyDir (the root filesystem is read-only)");
	}

	@Test
	void preStopPauseLongerThanTheGracePeriod() {
		edit("base/gateway-service/deployment.yaml", "                seconds: 10", "                seconds: 60");
		assertThat(problems("dev")).contains(
				"Deployment/gateway-service: preStop pause 60 s must be shorter than terminationGracePeriodSeconds 45");
	}

	// --- the objects around each service -----------------------------------------------------------

	@Test
	void autoscaledDeploymentThatSetsReplicas() {
		edit("overlays/prod/kustomization.yaml", "replicas:\n", "replicas:\n  - name: workout-service\n    count: 3\n");
		assertThat(problems("prod")).contains(
				"Deployment/workout-service: sets replicas although its HorizontalPodAutoscaler owns the count");
	}

	@Test
	void missingPodDisruptionBudget() {
		edit("base/notification-service/kustomization.yaml", "  - pdb.yaml\n", "");
		assertThat(problems("dev")).contains("Deployment/notification-service: no PodDisruptionBudget selects its pods");
	}

	@Test
	void serviceUrlThatNamesNoService() {
		edit("base/ai-service/configmap.yaml", "http://workout-service:3002", "http://workouts:3002");
		assertThat(problems("dev")).anyMatch((p) -> p.startsWith("ConfigMap/ai-service: WORKOUT_SERVICE_URL must be"));
	}

	@Test
	void ingressToAnotherService() {
		edit("base/ingress.yaml", "          - path: /health\n            pathType: Exact\n            backend:\n"
				+ "              service:\n                name: gateway-service",
				"          - path: /health\n            pathType: Exact\n            backend:\n"
						+ "              service:\n                name: user-service");
		assertThat(problems("prod")).contains("Ingress/gateway: may route to gateway-service only");
	}

	@Test
	void secretMissingFromTheProdTemplate() {
		edit("overlays/prod/secrets.template.yaml", "  name: repwise-redis\n", "  name: redis-credentials\n");
		assertThat(problems("prod")).contains("Deployment/gateway-service container gateway-service: refers to Secret "
				+ "repwise-redis, which is neither in the overlay nor in its secret template");
	}

	// --- network policies --------------------------------------------------------------------------

	@Test
	void deploymentNotCoveredByANetworkPolicy() {
		Copies.write(this.k8s.resolve("overlays/dev/debug.yaml"), """
				apiVersion: v1
				kind: ServiceAccount
				metadata:
				  name: debug
				automountServiceAccountToken: false
				""");
		String redis = readSection("overlays/dev/redis.yaml", "kind: Deployment");
		Copies.write(this.k8s.resolve("overlays/dev/debug-deployment.yaml"),
				redis.replace("redis", "debug").replace("debug:7.4.5-alpine", "redis:7.4.5-alpine"));
		edit("overlays/dev/kustomization.yaml", "  - redis.yaml\n", "  - redis.yaml\n  - debug.yaml\n  - debug-deployment.yaml\n");
		assertThat(problems("dev")).containsExactly(
				"Deployment/debug: is not covered by a NetworkPolicy of its own (one whose podSelector selects it)");
	}

	@Test
	void noDefaultDeny() {
		edit("base/networkpolicies.yaml", """
				  podSelector: {}
				  policyTypes:
				    - Ingress
				    - Egress
				---""", """
				  podSelector: {}
				  policyTypes:
				    - Ingress
				---""");
		assertThat(problems("dev")).contains(
				"NetworkPolicy: a default-deny policy (empty podSelector, Ingress and Egress, no rules) is required");
	}

	@Test
	void egressRuleOpenToEveryDestination() {
		// An empty "to" list means every destination, inside the cluster and out.
		edit("base/networkpolicies.yaml", """
				  egress:
				    - to:
				        - podSelector:
				            matchLabels:
				              app.kubernetes.io/name: user-service
				      ports:
				        - protocol: TCP
				          port: 3001
				    - to:
				        - podSelector:
				            matchLabels:
				              app.kubernetes.io/name: workout-service
				      ports:
				        - protocol: TCP
				          port: 3002
				---""", """
				  egress:
				    - to: []
				      ports:
				        - protocol: TCP
				          port: 3001
				    - to:
				        - podSelector:
				            matchLabels:
				              app.kubernetes.io/name: workout-service
				      ports:
				        - protocol: TCP
				          port: 3002
				---""");
		Set<String> connections = new NetworkPolicies(Overlays.render(this.k8s.resolve("overlays/dev"))).connections();
		assertThat(connections).isNotEqualTo(DesignedNetwork.dev()).contains("ai-service -> anywhere 3001/TCP");
	}

	@Test
	void designedCallBlocked() {
		edit("base/networkpolicies.yaml", """
				                  - gateway-service
				                  - user-service
				                  - workout-service
				      ports:
				        - protocol: TCP
				          port: 3004
				""", """
				                  - gateway-service
				                  - user-service
				      ports:
				        - protocol: TCP
				          port: 3004
				""");
		Set<String> connections = new NetworkPolicies(Overlays.render(this.k8s.resolve("overlays/prod"))).connections();
		assertThat(DesignedNetwork.prod()).contains("workout-service -> notification-service:3004/TCP");
		assertThat(connections).doesNotContain("workout-service -> notification-service:3004/TCP");
	}

	// --- the renderer and kubectl kustomize disagree ----------------------------------------------

	@Test
	void unquotedYesIsABooleanToTheRendererButAStringToKustomize() {
		// The renderer reads YAML 1.1 (yes is true); kustomize 5 keeps yes as the string "yes", which
		// the API server would reject. The disagreement stops the build before either is validated.
		edit("base/workout-service/deployment.yaml", "runAsNonRoot: true", "runAsNonRoot: yes");
		assertThatIllegalStateException().isThrownBy(() -> problems("dev"))
			.withMessageContaining("kubectl kustomize and deploy-check's renderer disagree")
			.withMessageContaining("apps/Deployment/repwise-dev/workout-service spec.template.spec.securityContext"
					+ ".runAsNonRoot: kubectl \"yes\", renderer true");
	}

	// --- the renderer refuses what it cannot honour ------------------------------------------------

	@Test
	void strategicMergePatchIsRefused() {
		edit("overlays/dev/kustomization.yaml", "patches:\n", """
				patches:
				  - target:
				      kind: Deployment
				      name: ai-service
				    patch: |-
				      apiVersion: apps/v1
				      kind: Deployment
				      metadata:
				        name: ai-service
				      spec:
				        replicas: 2
				""");
		assertThatIllegalArgumentException().isThrownBy(() -> problems("dev"))
			.withMessageContaining("only JSON 6902 patches");
	}

	@Test
	void unsupportedKustomizeFeatureIsRefused() {
		edit("overlays/prod/kustomization.yaml", "namespace: repwise\n", "namespace: repwise\ncommonLabels:\n  tier: api\n");
		assertThatIllegalArgumentException().isThrownBy(() -> problems("prod"))
			.withMessageContaining("'commonLabels' is not supported by this renderer");
	}

	@Test
	void patchThatMatchesNothingIsRefused() {
		edit("overlays/prod/kustomization.yaml", "      name: postgres-clients\n", "      name: postgres-client\n");
		assertThatIllegalArgumentException().isThrownBy(() -> problems("prod")).withMessageContaining("matches no object");
	}

	private String readSection(String file, String kindLine) {
		try {
			String text = java.nio.file.Files.readString(this.k8s.resolve(file));
			for (String document : text.split("\n---\n")) {
				if (document.contains(kindLine + "\n")) {
					return document + "\n";
				}
			}
			throw new IllegalStateException(kindLine + " not in " + file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
