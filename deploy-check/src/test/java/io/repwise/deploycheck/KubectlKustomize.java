package io.repwise.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The real kustomize: {@code kubectl kustomize DIRECTORY}, run with the kubectl binary that
 * deploy-check's build downloads (see its pom; the path arrives as the system property
 * {@value #PROPERTY}). There is no fallback: when the property is missing or the binary is absent
 * or does not run, whatever renders an overlay fails with the reason, so a build can never pass
 * without the real kustomize having rendered what it validated.
 *
 * <p>{@link #differences} compares its output with {@link Kustomize}'s, object by object (kind,
 * namespace and name) and field by field, ignoring the order of keys and of objects (kustomize
 * sorts its output by kind, the renderer keeps resource order); lists must match in order.
 */
final class KubectlKustomize {

	static final String PROPERTY = "deploycheck.kubectl";

	private static final long TIMEOUT_SECONDS = 60;

	private static final int MAX_DIFFERENCES = 20;

	private KubectlKustomize() {
	}

	/** The kubectl binary the build provides. */
	static Path kubectl() {
		String configured = System.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			throw new IllegalStateException("System property " + PROPERTY + " is not set: run the tests through Maven "
					+ "(./mvnw -pl deploy-check verify downloads kubectl and sets it), or pass -D" + PROPERTY
					+ "=/path/to/kubectl");
		}
		return Path.of(configured);
	}

	/** The objects {@code kubectl kustomize directory} prints, in its order. */
	static List<Map<String, Object>> build(Path directory) {
		return parse(render(kubectl(), directory), directory);
	}

	/** What {@code kubectl kustomize directory} prints. */
	static String render(Path kubectl, Path directory) {
		Output output = run(kubectl, "kustomize", directory.toAbsolutePath().normalize().toString());
		if (output.exitCode() != 0) {
			throw new IllegalArgumentException("kubectl kustomize " + directory + " failed (exit " + output.exitCode()
					+ "): " + output.stderr().strip());
		}
		return output.stdout();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> parse(String yaml, Path directory) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : Yamls.loadAll(yaml, "kubectl kustomize " + directory)) {
			if (!(document instanceof Map)) {
				throw new IllegalArgumentException("kubectl kustomize " + directory + " printed a non-object: " + document);
			}
			objects.add((Map<String, Object>) document);
		}
		return objects;
	}

	/** kubectl's own version and that of the kustomize built into it, e.g. "v1.36.3 (kustomize v5.8.1)". */
	static String version(Path kubectl) {
		Output output = run(kubectl, "version", "--client", "-o", "json");
		if (output.exitCode() != 0) {
			throw new IllegalStateException(kubectl + " version failed (exit " + output.exitCode() + "): "
					+ output.stderr().strip());
		}
		Object version = Yamls.load(output.stdout(), kubectl + " version");
		return Kustomize.get(version, "clientVersion", "gitVersion") + " (kustomize "
				+ Kustomize.get(version, "kustomizeVersion") + ")";
	}

	private record Output(int exitCode, String stdout, String stderr) {
	}

	private static Output run(Path kubectl, String... arguments) {
		if (!Files.isRegularFile(kubectl) || !Files.isExecutable(kubectl)) {
			throw new IllegalStateException(kubectl + " is not an executable file (" + PROPERTY + "); deploy-check's "
					+ "build downloads and unpacks kubectl in generate-test-resources: run ./mvnw -pl deploy-check "
					+ "verify, or pass -D" + PROPERTY + "=/path/to/kubectl");
		}
		List<String> command = new ArrayList<>();
		command.add(kubectl.toString());
		command.addAll(List.of(arguments));
		Path stdout = null;
		Path stderr = null;
		try {
			stdout = Files.createTempFile("kubectl-", ".out");
			stderr = Files.createTempFile("kubectl-", ".err");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
			// Rendering needs no cluster; keep kubectl away from any kubeconfig of the machine.
			builder.environment().put("KUBECONFIG", "/dev/null");
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot run " + kubectl + " (" + ex.getMessage() + "); the kubectl the "
						+ "build downloads is linux/amd64: elsewhere pass -D" + PROPERTY + "=/path/to/kubectl", ex);
			}
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
			}
			return new Output(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command, ex);
		}
		finally {
			deleteQuietly(stdout);
			deleteQuietly(stderr);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file left behind
			}
		}
	}

	// --- comparison ------------------------------------------------------------------------------

	/**
	 * How the renderer's objects differ from kubectl's: objects only one of them produced, and for
	 * the objects both produced, each field whose value differs (with its path). Empty when they
	 * agree. Key order does not matter, nor does object order; numbers compare by value.
	 */
	static List<String> differences(List<Map<String, Object>> kubectl, List<Map<String, Object>> renderer) {
		Map<String, Object> expected = byId(kubectl, "kubectl kustomize");
		Map<String, Object> actual = byId(renderer, "the renderer");
		List<String> differences = new ArrayList<>();
		for (String id : expected.keySet()) {
			if (!actual.containsKey(id)) {
				differences.add(id + ": only in kubectl kustomize's output");
			}
		}
		for (String id : actual.keySet()) {
			if (!expected.containsKey(id)) {
				differences.add(id + ": only in the renderer's output");
			}
		}
		for (Map.Entry<String, Object> entry : expected.entrySet()) {
			if (actual.containsKey(entry.getKey())) {
				compare(entry.getKey() + " ", "", entry.getValue(), actual.get(entry.getKey()), differences);
			}
		}
		if (differences.size() > MAX_DIFFERENCES) {
			int more = differences.size() - MAX_DIFFERENCES;
			differences = new ArrayList<>(differences.subList(0, MAX_DIFFERENCES));
			differences.add("... and " + more + " more");
		}
		return differences;
	}

	private static Map<String, Object> byId(List<Map<String, Object>> objects, String source) {
		Map<String, Object> byId = new LinkedHashMap<>();
		for (Map<String, Object> object : objects) {
			String id = Kustomize.id(object);
			if (byId.put(id, canonical(object)) != null) {
				throw new IllegalArgumentException(source + " produced " + id + " twice");
			}
		}
		return byId;
	}

	/** Maps sorted by key, numbers as BigDecimal without trailing zeros, recursively. */
	static Object canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, item) -> sorted.put(String.valueOf(key), canonical(item)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(KubectlKustomize::canonical).toList();
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros();
		}
		return value;
	}

	private static void compare(String object, String path, Object expected, Object actual, List<String> differences) {
		if (Objects.equals(expected, actual)) {
			return;
		}
		if (expected instanceof Map<?, ?> expectedMap && actual instanceof Map<?, ?> actualMap) {
			for (Object key : expectedMap.keySet()) {
				String child = path.isEmpty() ? String.valueOf(key) : path + "." + key;
				if (!actualMap.containsKey(key)) {
					differences.add(object + child + ": kubectl " + describe(expectedMap.get(key)) + ", renderer absent");
				}
				else {
					compare(object, child, expectedMap.get(key), actualMap.get(key), differences);
				}
			}
			for (Object key : actualMap.keySet()) {
				if (!expectedMap.containsKey(key)) {
					String child = path.isEmpty() ? String.valueOf(key) : path + "." + key;
					differences.add(object + child + ": kubectl absent, renderer " + describe(actualMap.get(key)));
				}
			}
			return;
		}
		if (expected instanceof List<?> expectedList && actual instanceof List<?> actualList
				&& expectedList.size() == actualList.size()) {
			for (int i = 0; i < expectedList.size(); i++) {
				compare(object, path + "[" + i + "]", expectedList.get(i), actualList.get(i), differences);
			}
			return;
		}
		differences.add(object + (path.isEmpty() ? "(whole object)" : path) + ": kubectl " + describe(expected)
				+ ", renderer " + describe(actual));
	}

	private static String describe(Object value) {
		String text = (value instanceof String string) ? "\"" + string + "\"" : String.valueOf(value);
		return (text.length() > 120) ? text.substring(0, 117) + "..." : text;
	}

}
