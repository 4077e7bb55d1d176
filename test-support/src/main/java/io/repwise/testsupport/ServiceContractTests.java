package io.repwise.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/ARCHITECTURE.md asks of every service, checked over real HTTP against a running instance:
 * probes, public feature health naming its real dependencies, build info, Prometheus metrics and
 * problem details. A service's test class extends this with {@code @SpringBootTest} and
 * {@link RealInfrastructure} and passes what to expect to the constructor.
 */
public abstract class ServiceContractTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	private ApplicationContext context;

	private final String serviceName;

	private final String featureHealthPath;

	private final Map<String, String> expectedDependencies;

	/**
	 * @param serviceName such as {@code workout-service}
	 * @param featureHealthPath such as {@code /api/v1/workouts/health}
	 * @param expectedDependencies each dependency the public feature health must list, with the
	 * status it should have in the test; feature health must answer 200 when all are UP, else 503
	 */
	protected ServiceContractTests(String serviceName, String featureHealthPath,
			Map<String, String> expectedDependencies) {
		this.serviceName = serviceName;
		this.featureHealthPath = featureHealthPath;
		this.expectedDependencies = Map.copyOf(expectedDependencies);
	}

	private int expectedFeatureHealthStatus() {
		return this.expectedDependencies.values().stream().allMatch("UP"::equals) ? 200 : 503;
	}

	@Test
	void featureHealthReportsTheRealDependencies() throws Exception {
		HttpResponse<String> response = get(this.featureHealthPath);

		assertThat(response.statusCode()).isEqualTo(expectedFeatureHealthStatus());
		assertThat(response.body()).contains("\"service\":\"" + this.serviceName + "\"");
		this.expectedDependencies.forEach((name, status) -> assertThat(response.body()).as(name)
			.contains("\"" + name + "\":\"" + status + "\""));
	}

	@Test
	void livenessAndReadinessProbesAnswer() throws Exception {
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"readinessState\"");
	}

	@Test
	void infoCarriesBuildInfo() throws Exception {
		HttpResponse<String> info = get("/actuator/info");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"artifact\":\"" + this.serviceName + "\"");
	}

	@Test
	void prometheusMetricsAreTaggedWithTheService() throws Exception {
		get(this.featureHealthPath);
		HttpResponse<String> metrics = get("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes")
			.contains("http_server_requests_seconds_count")
			.contains("service=\"" + this.serviceName + "\"")
			.contains("instance=\"");
		for (String metric : expectedMetrics()) {
			assertThat(metrics.body()).as(metric).containsPattern("(?m)^" + metric + "\\{");
		}
	}

	/** Metric names (as Prometheus shows them) this service must expose besides HTTP and JVM. */
	protected List<String> expectedMetrics() {
		return List.of();
	}

	@Test
	void everythingButPublicPathsNeedsABearerToken() throws Exception {
		HttpResponse<String> response = get("/api/v1/does-not-exist");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(response.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"urn:repwise:problem:unauthorized\"");
	}

	@Test
	void aForgedTokenIsRefused() throws Exception {
		// alg "none": no signature at all.
		String unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwiaXNzIjoicmVwd2lzZSIsImF1ZCI6InJlcHdpc2UtYXBpIn0.";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/anything"))
			.header("Authorization", "Bearer " + unsigned)
			.build();

		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
	}

	/**
	 * The OpenAPI document lists every endpoint the service's controllers serve, with its
	 * methods, and nothing they do not: a client or a fuzzer reading it sees the whole API.
	 */
	@Test
	void theOpenApiDocumentDescribesEveryEndpointAndNoOther() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		// Kept for the OpenAPI lint (tools/lint-openapi.sh), which reads target/openapi/*.json.
		Path copy = Path.of("target", "openapi", this.serviceName + ".json");
		Files.createDirectories(copy.getParent());
		Files.writeString(copy, response.body());
		Set<String> documented = new TreeSet<>();
		JsonMapper.shared().readTree(response.body()).get("paths").properties()
			.forEach((path) -> path.getValue().properties()
				.forEach((operation) -> documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

		Set<String> served = new TreeSet<>();
		RequestMappingHandlerMapping mappings = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		mappings.getHandlerMethods().keySet().forEach((mapping) -> mapping.getPatternValues().forEach((pattern) -> {
			if (pattern.startsWith("/v3/api-docs") || pattern.equals("/error")) {
				return; // springdoc's own endpoint and the error page are not the API
			}
			String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
			mapping.getMethodsCondition().getMethods().forEach((method) -> served.add(method.name() + " " + path));
		}));
		assertThat(served).as("every handler mapping has a method").isNotEmpty();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
	}

	protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
