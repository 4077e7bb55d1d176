package io.repwise.deploycheck;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rendering and checking an overlay directory: what the tests (and a human) run. What is checked is
 * always the real kustomize's output.
 */
final class Overlays {

	static final Path K8S = Suite.root().resolve("k8s");

	private Overlays() {
	}

	/**
	 * The overlay as the real kustomize ({@code kubectl kustomize}) renders it, once deploy-check's
	 * own renderer has rendered it too and agrees object for object and field for field. The
	 * renderer runs first, so a kustomization outside its subset is refused with its message.
	 */
	static Rendered render(Path overlay) {
		List<Map<String, Object>> renderer = Kustomize.build(overlay);
		List<Map<String, Object>> kubectl = KubectlKustomize.build(overlay);
		List<String> differences = KubectlKustomize.differences(kubectl, renderer);
		if (!differences.isEmpty()) {
			throw new IllegalStateException(overlay + ": kubectl kustomize and deploy-check's renderer disagree:\n  "
					+ String.join("\n  ", differences));
		}
		return Rendered.of(kubectl);
	}

	/** Every problem with an overlay: schema violations first, then the house rules. */
	static List<String> problems(Path overlay) {
		Rendered rendered = render(overlay);
		if (!rendered.violations().isEmpty()) {
			return rendered.violations();
		}
		return HouseRules.check(rendered, secretTemplate(overlay));
	}

	/** Secrets the overlay expects to be created outside it: its secrets.template.yaml, if any. */
	@SuppressWarnings("unchecked")
	static Map<String, Set<String>> secretTemplate(Path overlay) {
		Path template = overlay.resolve("secrets.template.yaml");
		Map<String, Set<String>> secrets = new LinkedHashMap<>();
		if (!template.toFile().isFile()) {
			return secrets;
		}
		for (Object document : Yamls.loadAll(template)) {
			Map<String, Object> secret = (Map<String, Object>) document;
			Set<String> keys = new HashSet<>();
			for (String field : List.of("data", "stringData")) {
				if (secret.get(field) instanceof Map<?, ?> data) {
					data.keySet().forEach((key) -> keys.add(String.valueOf(key)));
				}
			}
			secrets.put((String) Kustomize.get(secret, "metadata", "name"), keys);
		}
		return secrets;
	}

}
