package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer does what kustomize does for the fields it supports, and refuses the rest; where
 * the real kustomize (kubectl kustomize) is run beside it, it agrees or refuses too.
 */
class KustomizeTest {

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels:
			      app: web
			  template:
			    metadata:
			      labels:
			        app: web
			    spec:
			      initContainers:
			        - name: init
			          image: registry.local:5000/tools/init:1.0
			      containers:
			        - name: web
			          image: example/web:1.2.3
			        - name: sidecar
			          image: example/sidecar@sha256:%s
			""".formatted("b".repeat(64));

	private static final String CONFIG = """
			apiVersion: v1
			kind: ConfigMap
			metadata:
			  name: web
			data:
			  MODE: base
			---
			apiVersion: v1
			kind: Namespace
			metadata:
			  name: shop
			""";

	@TempDir
	Path dir;

	private Path base() {
		Copies.write(this.dir.resolve("base/deployment.yaml"), DEPLOYMENT);
		Copies.write(this.dir.resolve("base/config.yaml"), CONFIG);
		Copies.write(this.dir.resolve("base/kustomization.yaml"), """
				resources:
				  - deployment.yaml
				  - config.yaml
				patches:
				  - target:
				      kind: ConfigMap
				    patch: |-
				      - op: add
				        path: /data/LAYER
				        value: base
				""");
		return this.dir.resolve("base");
	}

	@Test
	void overlayAppliesItsTransformersAfterTheBase() {
		base();
		Copies.write(this.dir.resolve("overlay/patch.yaml"), """
				- op: replace
				  path: /data/MODE
				  value: overlay
				""");
		Copies.write(this.dir.resolve("overlay/kustomization.yaml"), """
				apiVersion: kustomize.config.k8s.io/v1beta1
				kind: Kustomization
				namespace: shop
				resources:
				  - ../base
				patches:
				  - path: patch.yaml
				    target:
				      version: v1
				      kind: ConfigMap
				      name: w.b
				replicas:
				  - name: web
				    count: 3
				images:
				  - name: example/web
				    newName: mirror.local/web
				    newTag: "2.0.0"
				  - name: registry.local:5000/tools/init
				    digest: sha256:%s
				  - name: example/sidecar
				    newName: mirror.local/sidecar
				""".formatted("c".repeat(64)));

		List<Map<String, Object>> objects = Kustomize.build(this.dir.resolve("overlay"));

		Map<String, Object> deployment = objects.get(0);
		assertThat(Kustomize.get(deployment, "metadata", "namespace")).isEqualTo("shop");
		assertThat(Kustomize.get(deployment, "spec", "replicas")).isEqualTo(3);
		assertThat(Kustomize.containers(deployment)).extracting((c) -> c.get("image")).containsExactly(
				"registry.local:5000/tools/init@sha256:" + "c".repeat(64), "mirror.local/web:2.0.0",
				"mirror.local/sidecar@sha256:" + "b".repeat(64));
		Map<String, Object> config = objects.get(1);
		assertThat(Kustomize.get(config, "data")).isEqualTo(Map.of("MODE", "overlay", "LAYER", "base"));
		assertThat(Kustomize.get(config, "metadata", "namespace")).isEqualTo("shop");
		Map<String, Object> namespace = objects.get(2);
		assertThat(Kustomize.get(namespace, "metadata")).isEqualTo(Map.of("name", "shop"));

		// The real kustomize renders the same objects.
		assertThat(KubectlKustomize.differences(KubectlKustomize.build(this.dir.resolve("overlay")), objects)).isEmpty();
	}

	@Test
	void filesOutsideTheKustomizationAreRefused() {
		base();
		Copies.write(this.dir.resolve("overlay/kustomization.yaml"), "resources:\n  - ../base/config.yaml\n");
		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.build(this.dir.resolve("overlay")))
			.withMessageContaining("outside the kustomization's directory");
		assertThatIllegalArgumentException().isThrownBy(() -> KubectlKustomize.build(this.dir.resolve("overlay")))
			.withMessageContaining("is not in or below");
	}

	@Test
	void anObjectDefinedTwiceIsRefused() {
		base();
		Copies.write(this.dir.resolve("overlay/again.yaml"), CONFIG);
		Copies.write(this.dir.resolve("overlay/kustomization.yaml"), "resources:\n  - ../base\n  - again.yaml\n");
		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.build(this.dir.resolve("overlay")))
			.withMessageContaining("/ConfigMap/web is defined more than once");
		assertThatIllegalArgumentException().isThrownBy(() -> KubectlKustomize.build(this.dir.resolve("overlay")))
			.withMessageContaining("already registered id");
	}

	@Test
	void aPatchThatDoesNotApplyIsRefused() {
		base();
		Copies.write(this.dir.resolve("overlay/kustomization.yaml"), """
				resources:
				  - ../base
				patches:
				  - target:
				      kind: Deployment
				    patch: |-
				      - op: replace
				        path: /spec/paused
				        value: true
				""");
		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.build(this.dir.resolve("overlay")))
			.withMessageContaining("patch does not apply to apps/Deployment/web");
		// Stricter than kustomize, which adds the missing field as if the operation were "add".
		assertThat(Kustomize.get(KubectlKustomize.build(this.dir.resolve("overlay")).stream()
			.filter((object) -> "Deployment".equals(object.get("kind")))
			.findFirst()
			.orElseThrow(), "spec", "paused")).isEqualTo(true);
	}

	@Test
	void keysGivenTwiceAreRefused() {
		base();
		Copies.write(this.dir.resolve("base/config.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
				+ "data:\n  A: x\n  A: y\n");
		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.build(this.dir.resolve("base")))
			.withMessageContaining("not valid YAML");
	}

	@Test
	void imageReferencesSplitLikeKustomize() {
		assertThat(Kustomize.Image.parse("localhost:5000/a/b:1.0@sha256:x"))
			.isEqualTo(new Kustomize.Image("localhost:5000/a/b", "1.0", "sha256:x"));
		assertThat(Kustomize.Image.parse("localhost:5000/a/b")).isEqualTo(new Kustomize.Image("localhost:5000/a/b", null, null));
		assertThat(Kustomize.Image.parse("redis")).isEqualTo(new Kustomize.Image("redis", null, null));
	}

}
