package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docker-compose.yml against the compose-spec schema and the house rules, and broken copies of it. */
class ComposeTest {

	private static final Path ROOT = Suite.root();

	@TempDir
	Path temp;

	@Test
	void composeFileIsValid() {
		assertThat(ComposeSpec.problems(ROOT.resolve("docker-compose.yml"))).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void observabilityProfileScrapesEveryServiceAndProvisionsADashboard() throws IOException {
		Map<String, Object> compose = Yamls.loadMap(ROOT.resolve("docker-compose.yml"));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		assertThat(Kustomize.get(services, "prometheus", "profiles")).isEqualTo(List.of("observability"));
		assertThat(Kustomize.get(services, "grafana", "profiles")).isEqualTo(List.of("observability"));

		Set<String> expected = new TreeSet<>();
		Suite.SERVICES.keySet().forEach((name) -> expected.add(name + ":" + Suite.actuatorPort(name)));
		assertThat(ComposeSpec.scrapeTargets(ROOT.resolve("deploy/prometheus/prometheus.yml"))).hasValue(expected);

		Map<String, Object> alerts = Yamls.loadMap(ROOT.resolve("deploy/prometheus/alerts.yml"));
		List<Map<String, Object>> rules = (List<Map<String, Object>>) ((List<Map<String, Object>>) alerts.get("groups"))
			.get(0).get("rules");
		assertThat(rules).isNotEmpty().allSatisfy((rule) -> {
			assertThat(rule).containsKeys("alert", "expr", "labels", "annotations");
			assertThat(Kustomize.get(rule, "labels", "severity")).isIn("warning", "critical");
		});
		String deployDoc = Files.readString(ROOT.resolve("docs/DEPLOY.md"));
		assertThat(rules).allSatisfy((rule) -> assertThat(deployDoc).as("DEPLOY.md explains every alert")
			.contains((String) rule.get("alert")));

		JsonNode dashboard = JsonMapper.builder().build()
			.readTree(Files.readString(ROOT.resolve("deploy/grafana/dashboards/repwise-suite.json")));
		assertThat(dashboard.get("uid").asString()).isEqualTo("repwise-suite");
		assertThat(dashboard.get("panels").size()).isGreaterThan(10);
		Map<String, Object> datasources = Yamls.loadMap(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"));
		String uid = (String) Kustomize.get(((List<Object>) datasources.get("datasources")).get(0), "uid");
		for (JsonNode panel : dashboard.get("panels")) {
			if (!"row".equals(panel.get("type").asString())) {
				assertThat(panel.get("datasource").get("uid").asString()).isEqualTo(uid);
			}
		}
	}

	@Test
	void unknownKeyIsRejectedByTheSchema() throws IOException {
		Path copy = brokenCopy("    healthcheck:\n      test: [\"CMD\", \"redis-cli\", \"ping\"]",
				"    healthchek:\n      test: [\"CMD\", \"redis-cli\", \"ping\"]");
		assertThat(ComposeSpec.problems(copy)).anyMatch((p) -> p.startsWith("compose-spec (as written)")
				&& p.contains("healthchek"));
	}

	@Test
	void wrongTypeIsRejectedByTheSchema() throws IOException {
		Path copy = brokenCopy("      retries: 10\n", "      retries: [10]\n");
		assertThat(ComposeSpec.problems(copy)).anyMatch((p) -> p.startsWith("compose-spec") && p.contains("retries"));
	}

	@Test
	void dependencyThatDoesNotWaitForHealth() throws IOException {
		Path copy = brokenCopy("""
				    depends_on:
				      postgres:
				        condition: service_healthy

				  workout-service:
				""", """
				    depends_on:
				      - postgres

				  workout-service:
				""");
		assertThat(ComposeSpec.problems(copy))
			.contains("user-service: depends_on must wait for health (condition: service_healthy), not list names");
	}

	@Test
	void mutableImageTag() throws IOException {
		Path copy = brokenCopy("${REPWISE_REDIS_IMAGE:-redis:7.4.5-alpine}", "${REPWISE_REDIS_IMAGE:-redis:latest}");
		assertThat(ComposeSpec.problems(copy))
			.contains("redis: image redis:latest uses the mutable tag :latest; pin a version or digest");
	}

	@Test
	void missingHealthcheckAndMemoryLimit() throws IOException {
		Path copy = brokenCopy("""
				    healthcheck:
				      test: ["CMD", "redis-cli", "ping"]
				      interval: 5s
				      timeout: 3s
				      retries: 10
				      start_period: 10s
				    deploy:
				      resources:
				        limits:
				          cpus: "0.5"
				          memory: 128M
				""", "");
		assertThat(ComposeSpec.problems(copy)).contains("redis: needs a healthcheck",
				"redis: needs a memory limit (deploy.resources.limits.memory)",
				"workout-service: depends on redis, which has no healthcheck");
	}

	@Test
	void variableWithoutDefault() throws IOException {
		Path copy = brokenCopy("${USERS_DB_PASSWORD:-dev-only-users}", "${USERS_DB_PASSWORD}");
		assertThat(ComposeSpec.problems(copy)).anyMatch((p) -> p.contains("${USERS_DB_PASSWORD} has no default"));
	}

	@Test
	void serviceUrlNamingTheWrongPort() throws IOException {
		Path copy = brokenCopy("      WORKOUT_SERVICE_URL: http://workout-service:3002\n    healthcheck:",
				"      WORKOUT_SERVICE_URL: http://workout-service:8080\n    healthcheck:");
		assertThat(ComposeSpec.problems(copy))
			.contains("ai-service: WORKOUT_SERVICE_URL must be http://workout-service:3002");
	}

	/** docker-compose.yml with one edit, beside copies of what it mounts, as the real file sits. */
	private Path brokenCopy(String from, String to) throws IOException {
		Files.writeString(this.temp.resolve("docker-compose.yml"), Files.readString(ROOT.resolve("docker-compose.yml")));
		Copies.copyTree(ROOT.resolve("deploy"), this.temp.resolve("deploy"));
		for (String module : Suite.SERVICES.keySet()) {
			Copies.write(this.temp.resolve(module).resolve("pom.xml"), "<project/>");
		}
		Path copy = this.temp.resolve("docker-compose.yml");
		Copies.edit(copy, from, to);
		return copy;
	}

}
