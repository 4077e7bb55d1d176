package io.repwise.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks docker-compose.yml offline: the file against the Compose Specification's JSON schema
 * (networknt json-schema-validator), before and after variable interpolation with the defaults
 * the file declares, then Repwise's compose rules ({@link #rules}).
 */
final class ComposeSpec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Schema SCHEMA = loadSchema();

	/** ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+alt}, ${VAR+alt}; $$ escapes. */
	private static final Pattern VARIABLE = Pattern
		.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\\{[^{}]*\\})*))?\\}|\\$([A-Za-z_][A-Za-z0-9_]*)");

	private ComposeSpec() {
	}

	private static Schema loadSchema() {
		// The schema's $id is relative ("compose_spec.json"): give it a base on the class path.
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
			.getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));
	}

	/** Everything wrong with a compose file: schema errors, interpolation errors, rule violations. */
	@SuppressWarnings("unchecked")
	static List<String> problems(Path composeFile) {
		List<String> problems = new ArrayList<>();
		Object raw;
		try {
			raw = Yamls.load(Files.readString(composeFile), composeFile.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		problems.addAll(schemaErrors(raw, "as written"));
		Object interpolated = interpolate(raw, "", problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		problems.addAll(schemaErrors(interpolated, "after interpolation"));
		if (problems.isEmpty()) {
			rules((Map<String, Object>) interpolated, composeFile.getParent(), problems);
		}
		return problems;
	}

	static List<String> schemaErrors(Object model, String stage) {
		JsonNode node = JSON.valueToTree(model);
		List<String> errors = new ArrayList<>();
		for (Error error : SCHEMA.validate(node)) {
			errors.add("compose-spec (" + stage + "): " + error.toString());
		}
		return errors;
	}

	/** Replaces variables by the defaults the file gives (as compose does with an empty environment). */
	@SuppressWarnings("unchecked")
	private static Object interpolate(Object value, String path, List<String> problems) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new java.util.LinkedHashMap<>();
			((Map<String, Object>) map).forEach((key, item) -> result.put(key, interpolate(item, path + "." + key, problems)));
			return result;
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				result.add(interpolate(list.get(i), path + "[" + i + "]", problems));
			}
			return result;
		}
		if (!(value instanceof String text) || !text.contains("$")) {
			return value;
		}
		StringBuilder out = new StringBuilder();
		Matcher matcher = VARIABLE.matcher(text);
		int last = 0;
		while (matcher.find()) {
			malformed(text.substring(last, matcher.start()), text, path, problems);
			out.append(text, last, matcher.start());
			if (matcher.group().equals("$$")) {
				out.append('$');
			}
			else if (matcher.group(4) != null || matcher.group(2) == null) {
				problems.add(path + ": " + matcher.group() + " has no default; give one (${VAR:-default}) so the"
						+ " file works without an .env");
			}
			else if (matcher.group(2).contains("?")) {
				problems.add(path + ": " + matcher.group() + " makes the variable mandatory");
			}
			else if (matcher.group(2).contains("+")) {
				// ${VAR:+alt} is empty when VAR is unset
			}
			else {
				out.append(matcher.group(3));
			}
			last = matcher.end();
		}
		malformed(text.substring(last), text, path, problems);
		out.append(text.substring(last));
		return out.toString();
	}

	private static void malformed(String between, String text, String path, List<String> problems) {
		if (between.contains("$")) {
			problems.add(path + ": malformed variable reference in '" + text + "'");
		}
	}

	// --- Repwise's compose rules -------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	private static void rules(Map<String, Object> compose, Path directory, List<String> problems) {
		Map<String, Object> services = (Map<String, Object>) compose.getOrDefault("services", Map.of());
		Map<String, Object> volumes = (Map<String, Object>) compose.getOrDefault("volumes", Map.of());
		for (String name : Suite.SERVICES.keySet()) {
			if (!services.containsKey(name)) {
				problems.add(name + ": missing from services");
			}
		}
		for (String name : List.of("postgres", "redis")) {
			if (!services.containsKey(name)) {
				problems.add(name + ": missing from services");
			}
		}
		for (Map.Entry<String, Object> entry : services.entrySet()) {
			String name = entry.getKey();
			Map<String, Object> service = (Map<String, Object>) entry.getValue();
			if (!(service.get("image") instanceof String image)) {
				problems.add(name + ": needs an image (a pinned tag)");
			}
			else {
				HouseRules.unpinned(image).ifPresent((problem) -> problems.add(name + ": " + problem));
			}
			Object test = Kustomize.get(service, "healthcheck", "test");
			if (test == null || Boolean.TRUE.equals(Kustomize.get(service, "healthcheck", "disable"))
					|| (test instanceof List<?> list && !list.isEmpty() && "NONE".equals(list.get(0)))) {
				problems.add(name + ": needs a healthcheck");
			}
			if (Kustomize.get(service, "deploy", "resources", "limits", "memory") == null
					&& service.get("mem_limit") == null) {
				problems.add(name + ": needs a memory limit (deploy.resources.limits.memory)");
			}
			Object dependsOn = service.get("depends_on");
			if (dependsOn instanceof List) {
				problems.add(name + ": depends_on must wait for health (condition: service_healthy), not list names");
			}
			else if (dependsOn instanceof Map<?, ?> dependencies) {
				dependencies.forEach((dependency, how) -> {
					if (!"service_healthy".equals(Kustomize.get(how, "condition"))) {
						problems.add(name + ": depends_on " + dependency + " must use condition service_healthy");
					}
					if (!services.containsKey(String.valueOf(dependency))) {
						problems.add(name + ": depends on unknown service " + dependency);
					}
					else if (Kustomize.get(services.get(String.valueOf(dependency)), "healthcheck") == null) {
						problems.add(name + ": depends on " + dependency + ", which has no healthcheck");
					}
				});
			}
			for (Object mount : (List<Object>) service.getOrDefault("volumes", List.of())) {
				if (mount instanceof String short_) {
					String source = short_.split(":")[0];
					if (source.startsWith(".") || source.startsWith("/")) {
						if (!Files.exists(directory.resolve(source).normalize())) {
							problems.add(name + ": bind-mounted " + source + " does not exist");
						}
					}
					else if (!volumes.containsKey(source)) {
						problems.add(name + ": volume " + source + " is not declared under top-level volumes");
					}
				}
			}
			if (Suite.SERVICES.containsKey(name)) {
				javaService(name, service, directory, services, problems);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void javaService(String name, Map<String, Object> service, Path directory, Map<String, Object> services,
			List<String> problems) {
		int port = Suite.SERVICES.get(name);
		Object build = service.get("build");
		if (!(build instanceof Map<?, ?>) || !".".equals(Kustomize.get(build, "context"))
				|| !"Dockerfile".equals(Kustomize.get(build, "dockerfile"))
				|| !name.equals(Kustomize.get(build, "args", "MODULE"))) {
			problems.add(name + ": must build from the shared Dockerfile with MODULE=" + name);
		}
		else if (!Files.isRegularFile(directory.resolve(name).resolve("pom.xml"))) {
			problems.add(name + ": MODULE " + name + " is not a Maven module");
		}
		if (service.get("image") instanceof String image && !image.startsWith("repwise/" + name + ":")) {
			problems.add(name + ": image must be repwise/" + name + ":<version>");
		}
		if (!Boolean.TRUE.equals(service.get("read_only"))) {
			problems.add(name + ": read_only must be true");
		}
		Object tmpfs = service.get("tmpfs");
		boolean tmp = (tmpfs instanceof String s && s.startsWith("/tmp"))
				|| (tmpfs instanceof List<?> list && list.stream().anyMatch((t) -> String.valueOf(t).startsWith("/tmp")));
		if (!tmp) {
			problems.add(name + ": needs a tmpfs on /tmp (the root filesystem is read-only)");
		}
		if (!(service.get("cap_drop") instanceof List<?> drop) || !drop.contains("ALL")) {
			problems.add(name + ": must drop ALL capabilities");
		}
		if (!(service.get("security_opt") instanceof List<?> options) || !options.contains("no-new-privileges:true")) {
			problems.add(name + ": needs security_opt no-new-privileges:true");
		}
		Map<String, Object> environment = (service.get("environment") instanceof Map<?, ?> env)
				? (Map<String, Object>) env : Map.of();
		if (!String.valueOf(port).equals(String.valueOf(environment.get("SERVER_PORT")))) {
			problems.add(name + ": SERVER_PORT must be " + port);
		}
		Object test = Kustomize.get(service, "healthcheck", "test");
		if (!(test instanceof List<?> command) || !command.contains("/app/healthcheck.sh")
				|| !command.contains(String.valueOf(Suite.actuatorPort(name)))) {
			problems.add(name + ": healthcheck must run /app/healthcheck.sh " + Suite.actuatorPort(name));
		}
		for (Map.Entry<String, Object> variable : environment.entrySet()) {
			if (variable.getKey().endsWith("_SERVICE_URL")) {
				String target = variable.getKey().replace("_SERVICE_URL", "").toLowerCase() + "-service";
				String expected = "http://" + target + ":" + Suite.SERVICES.get(target);
				if (!services.containsKey(target) || !expected.equals(variable.getValue())) {
					problems.add(name + ": " + variable.getKey() + " must be " + expected);
				}
			}
		}
		if (name.equals(Suite.GATEWAY)) {
			boolean published = (service.get("ports") instanceof List<?> ports)
					&& ports.stream().anyMatch((p) -> String.valueOf(p).endsWith(":" + port));
			if (!published) {
				problems.add(name + ": must publish port " + port);
			}
		}
	}

	/** The targets Prometheus scrapes, from deploy/prometheus/prometheus.yml. */
	@SuppressWarnings("unchecked")
	static Optional<Set<String>> scrapeTargets(Path prometheusConfig) {
		Map<String, Object> config = Yamls.loadMap(prometheusConfig);
		Set<String> targets = new java.util.TreeSet<>();
		for (Object job : (List<Object>) config.getOrDefault("scrape_configs", List.of())) {
			if (!"/actuator/prometheus".equals(Kustomize.get(job, "metrics_path"))) {
				continue;
			}
			for (Object staticConfig : (List<Object>) ((Map<String, Object>) job).getOrDefault("static_configs", List.of())) {
				for (Object target : (List<Object>) ((Map<String, Object>) staticConfig).get("targets")) {
					targets.add(String.valueOf(target));
				}
			}
		}
		return Optional.of(targets);
	}

}
