package io.repwise.deploycheck;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPatch;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Renders a kustomization directory the way {@code kustomize build} (and {@code kubectl apply -k})
 * does, for the part of kustomize that k8s/ uses: a deliberately small, stricter re-implementation
 * (no Java port of kustomize exists), run beside the real one ({@link KubectlKustomize}), whose
 * output it must match object for object ({@link Overlays#render}):
 * <ul>
 * <li>{@code resources}: YAML files inside the kustomization's own directory (kustomize's default
 * load restrictor) and other kustomization directories (bases), rendered first;</li>
 * <li>{@code patches} whose body is an RFC 6902 JSON patch (applied by Eclipse Parsson, the
 * Jakarta JSON Processing implementation), inline or from a file, with a {@code target} of
 * group, version, kind, name (a regular expression, anchored as kustomize anchors it) and
 * namespace;</li>
 * <li>{@code namespace}, {@code replicas} and {@code images} (newName, newTag, digest);</li>
 * </ul>
 * applied in kustomize's order: patches, namespace, replicas, images. Anything else in a
 * kustomization, including strategic-merge patches, generators, labels and components, is
 * rejected rather than ignored, so a kustomization this renderer cannot honour fails the build
 * instead of being validated wrongly. A patch, replica count or image rule that matches nothing
 * is an error too (kustomize would silently skip it), and so is the same object defined twice.
 */
final class Kustomize {

	private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
			"patches", "replicas", "images");

	private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
			"CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
			"ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "RuntimeClass");

	private static final Set<String> SCALABLE_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet",
			"ReplicationController");

	private Kustomize() {
	}

	/** The objects {@code kustomize build directory} would print, in resource order. */
	static List<Map<String, Object>> build(Path directory) {
		return build(directory.toAbsolutePath().normalize(), new HashSet<>());
	}

	private static List<Map<String, Object>> build(Path directory, Set<Path> visiting) {
		if (!visiting.add(directory)) {
			throw new IllegalArgumentException(directory + ": kustomization includes itself");
		}
		Path file = kustomizationFile(directory);
		Map<String, Object> kustomization = Yamls.loadMap(file);
		for (String field : kustomization.keySet()) {
			if (!SUPPORTED_FIELDS.contains(field)) {
				throw new IllegalArgumentException(file + ": '" + field + "' is not supported by this renderer "
						+ "(it implements " + SUPPORTED_FIELDS + "); use those or extend deploy-check");
			}
		}
		Object apiVersion = kustomization.get("apiVersion");
		if (apiVersion != null && !"kustomize.config.k8s.io/v1beta1".equals(apiVersion)) {
			throw new IllegalArgumentException(file + ": apiVersion must be kustomize.config.k8s.io/v1beta1");
		}
		Object kind = kustomization.get("kind");
		if (kind != null && !"Kustomization".equals(kind)) {
			throw new IllegalArgumentException(file + ": kind must be Kustomization");
		}

		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object entry : list(kustomization.get("resources"), file + " resources")) {
			if (!(entry instanceof String reference) || reference.contains("://")) {
				throw new IllegalArgumentException(file + ": resource " + entry + " is not a local path");
			}
			Path resource = directory.resolve(reference).normalize();
			if (Files.isDirectory(resource)) {
				objects.addAll(build(resource, visiting));
			}
			else if (Files.isRegularFile(resource)) {
				if (!resource.startsWith(directory)) {
					throw new IllegalArgumentException(file + ": " + reference
							+ " is outside the kustomization's directory (kustomize's load restrictor refuses it)");
				}
				objects.addAll(resourceObjects(resource));
			}
			else {
				throw new IllegalArgumentException(file + ": resource " + reference + " does not exist");
			}
		}
		checkUnique(objects, file);

		for (Object entry : list(kustomization.get("patches"), file + " patches")) {
			applyPatch(directory, file, map(entry, file + " patch"), objects);
		}
		if (kustomization.get("namespace") instanceof String namespace) {
			for (Map<String, Object> object : objects) {
				if (!CLUSTER_SCOPED_KINDS.contains(object.get("kind"))) {
					metadata(object).put("namespace", namespace);
				}
			}
		}
		else if (kustomization.containsKey("namespace")) {
			throw new IllegalArgumentException(file + ": namespace must be a string");
		}
		for (Object entry : list(kustomization.get("replicas"), file + " replicas")) {
			applyReplicas(file, map(entry, file + " replicas entry"), objects);
		}
		for (Object entry : list(kustomization.get("images"), file + " images")) {
			applyImage(file, map(entry, file + " images entry"), objects);
		}
		checkUnique(objects, file);
		visiting.remove(directory);
		return objects;
	}

	private static Path kustomizationFile(Path directory) {
		for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
			Path candidate = directory.resolve(name);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(directory + ": no kustomization.yaml");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> resourceObjects(Path file) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : Yamls.loadAll(file)) {
			if (!(document instanceof Map)) {
				throw new IllegalArgumentException(file + ": every document must be a Kubernetes object");
			}
			Map<String, Object> object = deepCopy((Map<String, Object>) document);
			if (!(object.get("apiVersion") instanceof String) || !(object.get("kind") instanceof String)
					|| !(metadata(object).get("name") instanceof String)) {
				throw new IllegalArgumentException(file + ": an object lacks apiVersion, kind or metadata.name");
			}
			objects.add(object);
		}
		return objects;
	}

	private static void checkUnique(List<Map<String, Object>> objects, Path file) {
		Set<String> seen = new HashSet<>();
		for (Map<String, Object> object : objects) {
			String id = id(object);
			if (!seen.add(id)) {
				throw new IllegalArgumentException(file + ": " + id + " is defined more than once");
			}
		}
	}

	static String id(Map<String, Object> object) {
		String apiVersion = (String) object.get("apiVersion");
		String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
		Object namespace = metadata(object).get("namespace");
		return group + "/" + object.get("kind") + "/" + ((namespace != null) ? namespace + "/" : "")
				+ metadata(object).get("name");
	}

	// --- patches ---------------------------------------------------------------------------------

	private static void applyPatch(Path directory, Path file, Map<String, Object> entry,
			List<Map<String, Object>> objects) {
		for (String field : entry.keySet()) {
			if (!Set.of("patch", "path", "target").contains(field)) {
				throw new IllegalArgumentException(file + ": patch field '" + field + "' is not supported");
			}
		}
		String body;
		String source;
		if (entry.get("patch") instanceof String inline && !entry.containsKey("path")) {
			body = inline;
			source = file + " (inline patch)";
		}
		else if (entry.get("path") instanceof String path && !entry.containsKey("patch")) {
			Path patchFile = directory.resolve(path).normalize();
			if (!patchFile.startsWith(directory) || !Files.isRegularFile(patchFile)) {
				throw new IllegalArgumentException(file + ": patch file " + path + " is missing or outside "
						+ directory);
			}
			body = read(patchFile);
			source = patchFile.toString();
		}
		else {
			throw new IllegalArgumentException(file + ": a patch needs exactly one of 'patch' or 'path'");
		}
		Object operations = Yamls.load(body, source);
		if (!(operations instanceof List)) {
			throw new IllegalArgumentException(source + ": only JSON 6902 patches (a list of operations) are "
					+ "supported by this renderer, not strategic-merge patches");
		}
		JsonPatch patch = Json.createPatch((JsonArray) toJson(operations));
		Map<String, Object> target = map(entry.get("target"), file + " patch target");
		for (String field : target.keySet()) {
			if (!Set.of("group", "version", "kind", "name", "namespace").contains(field)) {
				throw new IllegalArgumentException(file + ": patch target field '" + field + "' is not supported");
			}
		}
		int matched = 0;
		for (int i = 0; i < objects.size(); i++) {
			Map<String, Object> object = objects.get(i);
			if (matches(target, object)) {
				try {
					objects.set(i, fromJsonObject(patch.apply((JsonObject) toJson(object))));
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(source + ": patch does not apply to " + id(object) + ": "
							+ ex.getMessage(), ex);
				}
				matched++;
			}
		}
		if (matched == 0) {
			throw new IllegalArgumentException(file + ": patch target " + target + " matches no object");
		}
	}

	private static boolean matches(Map<String, Object> target, Map<String, Object> object) {
		String apiVersion = (String) object.get("apiVersion");
		String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
		String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
		return field(target, "group", group) && field(target, "version", version)
				&& field(target, "kind", (String) object.get("kind"))
				&& field(target, "namespace", (String) metadata(object).get("namespace"))
				&& field(target, "name", (String) metadata(object).get("name"));
	}

	private static boolean field(Map<String, Object> target, String key, String actual) {
		Object wanted = target.get(key);
		if (wanted == null) {
			return true;
		}
		// kustomize anchors the target's name (and other fields) as a regular expression.
		return actual != null && Pattern.compile("^(?:" + wanted + ")$").matcher(actual).matches();
	}

	// --- replicas and images ---------------------------------------------------------------------

	private static void applyReplicas(Path file, Map<String, Object> entry, List<Map<String, Object>> objects) {
		if (!(entry.get("name") instanceof String name) || !(entry.get("count") instanceof Integer count)
				|| entry.size() != 2) {
			throw new IllegalArgumentException(file + ": a replicas entry is {name: <string>, count: <integer>}");
		}
		int matched = 0;
		for (Map<String, Object> object : objects) {
			if (SCALABLE_KINDS.contains(object.get("kind")) && name.equals(metadata(object).get("name"))) {
				map(object.computeIfAbsent("spec", (key) -> new LinkedHashMap<>()), "spec").put("replicas", count);
				matched++;
			}
		}
		if (matched == 0) {
			throw new IllegalArgumentException(file + ": replicas for " + name + " match no workload");
		}
	}

	private static void applyImage(Path file, Map<String, Object> entry, List<Map<String, Object>> objects) {
		for (String field : entry.keySet()) {
			if (!Set.of("name", "newName", "newTag", "digest").contains(field)) {
				throw new IllegalArgumentException(file + ": images field '" + field + "' is not supported");
			}
			if (!(entry.get(field) instanceof String)) {
				throw new IllegalArgumentException(file + ": images." + field + " must be a string (quote tags)");
			}
		}
		String name = (String) entry.get("name");
		int matched = 0;
		for (Map<String, Object> object : objects) {
			for (Map<String, Object> container : containers(object)) {
				Image image = Image.parse((String) container.get("image"));
				if (image.name().equals(name)) {
					String newName = (String) entry.getOrDefault("newName", image.name());
					String reference;
					if (entry.get("digest") instanceof String digest) {
						reference = newName + "@" + digest;
					}
					else if (entry.get("newTag") instanceof String tag) {
						reference = newName + ":" + tag;
					}
					else {
						reference = newName + image.suffix();
					}
					container.put("image", reference);
					matched++;
				}
			}
		}
		if (matched == 0) {
			throw new IllegalArgumentException(file + ": image rule for " + name + " matches no container");
		}
	}

	/** Containers and init containers of any pod template the object holds. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> containers(Map<String, Object> object) {
		List<Map<String, Object>> found = new ArrayList<>();
		Object spec = object.get("spec");
		for (Object podSpec : new Object[] { get(spec, "template", "spec"),
				get(spec, "jobTemplate", "spec", "template", "spec"), "Pod".equals(object.get("kind")) ? spec : null }) {
			if (podSpec instanceof Map<?, ?> pod) {
				for (String key : List.of("initContainers", "containers")) {
					if (pod.get(key) instanceof List<?> list) {
						for (Object container : list) {
							if (container instanceof Map<?, ?> map && map.get("image") instanceof String) {
								found.add((Map<String, Object>) map);
							}
						}
					}
				}
			}
		}
		return found;
	}

	/** An image reference split as kustomize splits it: name, then ":tag" and/or "@digest". */
	record Image(String name, String tag, String digest) {

		static Image parse(String reference) {
			String rest = reference;
			String digest = null;
			int at = rest.indexOf('@');
			if (at >= 0) {
				digest = rest.substring(at + 1);
				rest = rest.substring(0, at);
			}
			String tag = null;
			int colon = rest.lastIndexOf(':');
			if (colon > rest.lastIndexOf('/')) {
				tag = rest.substring(colon + 1);
				rest = rest.substring(0, colon);
			}
			return new Image(rest, tag, digest);
		}

		String suffix() {
			return ((this.tag != null) ? ":" + this.tag : "") + ((this.digest != null) ? "@" + this.digest : "");
		}

	}

	// --- plumbing --------------------------------------------------------------------------------

	static Object get(Object root, String... path) {
		Object current = root;
		for (String key : path) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> metadata(Map<String, Object> object) {
		Object metadata = object.computeIfAbsent("metadata", (key) -> new LinkedHashMap<>());
		return (Map<String, Object>) metadata;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value, String what) {
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException(what + ": expected a mapping");
		}
		return (Map<String, Object>) value;
	}

	private static List<?> list(Object value, String what) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException(what + ": expected a list");
		}
		return list;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> deepCopy(Map<String, Object> object) {
		return (Map<String, Object>) fromJson(toJson(object));
	}

	static JsonValue toJson(Object value) {
		if (value == null) {
			return JsonValue.NULL;
		}
		if (value instanceof Map<?, ?> map) {
			JsonObjectBuilder builder = Json.createObjectBuilder();
			map.forEach((key, item) -> builder.add(String.valueOf(key), toJson(item)));
			return builder.build();
		}
		if (value instanceof List<?> list) {
			JsonArrayBuilder builder = Json.createArrayBuilder();
			list.forEach((item) -> builder.add(toJson(item)));
			return builder.build();
		}
		if (value instanceof String string) {
			return Json.createValue(string);
		}
		if (value instanceof Boolean bool) {
			return bool ? JsonValue.TRUE : JsonValue.FALSE;
		}
		if (value instanceof Integer number) {
			return Json.createValue(number);
		}
		if (value instanceof Long number) {
			return Json.createValue(number);
		}
		if (value instanceof BigInteger number) {
			return Json.createValue(number);
		}
		if (value instanceof Double number) {
			return Json.createValue(number);
		}
		throw new IllegalArgumentException("Cannot represent " + value.getClass().getName() + " in JSON: " + value);
	}

	private static Map<String, Object> fromJsonObject(JsonObject object) {
		Map<String, Object> map = new LinkedHashMap<>();
		object.forEach((key, value) -> map.put(key, fromJson(value)));
		return map;
	}

	static Object fromJson(JsonValue value) {
		switch (value.getValueType()) {
			case OBJECT:
				return fromJsonObject(value.asJsonObject());
			case ARRAY:
				List<Object> list = new ArrayList<>();
				value.asJsonArray().forEach((item) -> list.add(fromJson(item)));
				return list;
			case STRING:
				return ((JsonString) value).getString();
			case NUMBER:
				JsonNumber number = (JsonNumber) value;
				if (!number.isIntegral()) {
					return number.doubleValue();
				}
				BigInteger integer = number.bigIntegerValue();
				if (integer.bitLength() < 32) {
					return integer.intValue();
				}
				return (integer.bitLength() < 64) ? (Object) integer.longValue() : integer;
			case TRUE:
				return Boolean.TRUE;
			case FALSE:
				return Boolean.FALSE;
			default:
				return null;
		}
	}

}
