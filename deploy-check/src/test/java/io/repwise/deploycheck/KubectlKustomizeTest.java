package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real kustomize (built into the kubectl the build downloads) renders both overlays, and
 * deploy-check's renderer produces exactly the same objects.
 */
class KubectlKustomizeTest {

	@TempDir
	Path dir;

	@Test
	void theBuildProvidesAKubectlThatRuns() {
		String version = KubectlKustomize.version(KubectlKustomize.kubectl());
		assertThat(version).matches("v1\\.\\d+\\.\\d+ \\(kustomize v5\\.\\d+\\.\\d+\\)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void kubectlKustomizeAndTheRendererProduceTheSameObjects(String overlay) throws IOException {
		Path directory = Overlays.K8S.resolve("overlays/" + overlay);
		String yaml = KubectlKustomize.render(KubectlKustomize.kubectl(), directory);
		List<Map<String, Object>> kubectl = KubectlKustomize.parse(yaml, directory);
		List<Map<String, Object>> renderer = Kustomize.build(directory);
		// Both renderings, for a human to read or diff.
		Path out = Path.of("target", "rendered");
		Files.createDirectories(out);
		Files.writeString(out.resolve(overlay + ".yaml"), yaml);
		Files.writeString(out.resolve(overlay + ".renderer.yaml"), Yamls.dumpAll(renderer));

		assertThat(kubectl).hasSizeGreaterThan(40);
		assertThat(renderer).extracting(Kustomize::id)
			.containsExactlyInAnyOrderElementsOf(kubectl.stream().map(Kustomize::id).toList());
		assertThat(KubectlKustomize.differences(kubectl, renderer)).isEmpty();
		for (int i = 0; i < kubectl.size(); i++) {
			Map<String, Object> object = kubectl.get(i);
			Map<String, Object> same = renderer.stream()
				.filter((candidate) -> Kustomize.id(candidate).equals(Kustomize.id(object)))
				.findFirst()
				.orElseThrow();
			assertThat(KubectlKustomize.canonical(same)).as(Kustomize.id(object))
				.isEqualTo(KubectlKustomize.canonical(object));
		}
	}

	@Test
	void differencesNameTheObjectAndTheField() {
		List<Map<String, Object>> kubectl = objects();
		List<Map<String, Object>> renderer = objects();
		assertThat(KubectlKustomize.differences(kubectl, renderer)).isEmpty();

		// Key order and the Java type of a number do not matter.
		Map<String, Object> reordered = new LinkedHashMap<>();
		reordered.put("spec", Map.of("replicas", 3L));
		reordered.put("metadata", new LinkedHashMap<>(Map.of("namespace", "shop", "name", "web")));
		reordered.put("kind", "Deployment");
		reordered.put("apiVersion", "apps/v1");
		renderer.set(0, reordered);
		assertThat(KubectlKustomize.differences(kubectl, renderer)).isEmpty();

		renderer.set(0, Kustomize.deepCopy(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata",
				Map.of("name", "web", "namespace", "shop"), "spec", Map.of("replicas", 2, "paused", false))));
		renderer.remove(1);
		renderer.add(Kustomize.deepCopy(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", "extra"))));
		assertThat(KubectlKustomize.differences(kubectl, renderer)).containsExactlyInAnyOrder(
				"/ConfigMap/shop/web: only in kubectl kustomize's output", "/Secret/extra: only in the renderer's output",
				"apps/Deployment/shop/web spec.replicas: kubectl 3, renderer 2",
				"apps/Deployment/shop/web spec.paused: kubectl absent, renderer false");
	}

	@Test
	void aKubectlThatIsMissingFailsNamingTheProperty() {
		assertThatIllegalStateException()
			.isThrownBy(() -> KubectlKustomize.render(this.dir.resolve("no-kubectl"), Overlays.K8S.resolve("overlays/dev")))
			.withMessageContaining("is not an executable file (" + KubectlKustomize.PROPERTY + ")");
	}

	@Test
	void aKustomizationKubectlCannotBuildFailsWithItsMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubectlKustomize.build(this.dir))
			.withMessageContaining("kubectl kustomize " + this.dir + " failed (exit 1)")
			.withMessageContaining("unable to find one of 'kustomization.yaml'");
	}

	private static List<Map<String, Object>> objects() {
		List<Map<String, Object>> objects = new ArrayList<>();
		objects.add(Kustomize.deepCopy(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata",
				Map.of("name", "web", "namespace", "shop"), "spec", Map.of("replicas", 3))));
		objects.add(Kustomize.deepCopy(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata",
				Map.of("name", "web", "namespace", "shop"), "data", Map.of("MODE", "a"))));
		return objects;
	}

}
