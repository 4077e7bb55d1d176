package io.repwise.e2e.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;

import io.repwise.testsupport.ContainerImages;

/**
 * The suite as docker-compose.yml runs it, under a project name of its own so that nothing else
 * on the engine is touched: service images built from the jars the Maven build has just
 * packaged (the Dockerfile's {@code from-jar} target), PostgreSQL and Redis from the images
 * given, the gateway published on a free port.
 */
public final class ComposeStack {

	public static final List<String> SERVICES = List.of("gateway-service", "user-service", "workout-service", "ai-service",
			"notification-service");

	/** Tag of the images this test builds, so that it never replaces a user's own. */
	public static final String TAG = "e2e";

	private final Path root;

	private final List<String> compose;

	private final String project;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final int gatewayPort;

	public ComposeStack(Path root, List<String> compose, String project, int gatewayPort, String postgresImage,
			String redisImage) {
		this.root = root;
		this.compose = compose;
		this.project = project;
		this.gatewayPort = gatewayPort;
		this.environment.put("REPWISE_VERSION", TAG);
		this.environment.put("REPWISE_PORT", String.valueOf(gatewayPort));
		this.environment.put("REPWISE_POSTGRES_IMAGE", postgresImage);
		this.environment.put("REPWISE_REDIS_IMAGE", redisImage);
	}

	/**
	 * A stack under this project name, brought up from images built from the packaged jars, with
	 * the gateway's {@code /health} UP; the calling test class is skipped, saying why, when no
	 * Docker engine or no compose command answers.
	 */
	public static ComposeStack startedOrSkipped(String project, HttpClient http) throws Exception {
		Assumptions.assumeTrue(Docker.engineAnswers(),
				"No Docker engine answers (`docker info` failed): tests on the compose stack are skipped");
		List<String> compose = Docker.composeCommand();
		Assumptions.assumeFalse(compose.isEmpty(),
				"Neither `docker compose` nor `docker-compose` runs: tests on the compose stack are skipped");
		Path root = Path.of(System.getProperty("repwise.root", "..")).toAbsolutePath().normalize();
		String postgres = ContainerImages.POSTGRES.resolve(Docker::imagePresent);
		String redis = ContainerImages.REDIS.resolve(Docker::imagePresent);
		String runtime = ContainerImages.RUNTIME.resolve(Docker::imagePresent);
		System.out.printf("Compose stack %s with %s, PostgreSQL %s, Redis %s, Java runtime %s%n", project,
				String.join(" ", compose), postgres, redis, runtime);
		ComposeStack stack = new ComposeStack(root, compose, project, freePort(), postgres, redis);
		stack.clean();
		Instant started = Instant.now();
		stack.buildImages(runtime);
		System.out.printf("Images built in %d s%n", Duration.between(started, Instant.now()).toSeconds());
		started = Instant.now();
		stack.up();
		stack.awaitUp(http, Duration.ofMinutes(5));
		System.out.printf("Stack up and healthy in %d s%n", Duration.between(started, Instant.now()).toSeconds());
		return stack;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public String gateway() {
		return "http://127.0.0.1:" + this.gatewayPort;
	}

	/** Builds the five service images, two at a time (the machine this runs on has two cores). */
	public void buildImages(String runtimeImage) throws Exception {
		ExecutorService builders = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> builds = new ArrayList<>();
			for (String module : SERVICES) {
				builds.add(builders.submit(() -> buildImage(module, runtimeImage)));
			}
			for (Future<?> build : builds) {
				build.get();
			}
		}
		finally {
			builders.shutdownNow();
		}
	}

	private Void buildImage(String module, String runtimeImage) throws IOException {
		Path jar = this.root.resolve(module).resolve("target").resolve(module + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
		}
		// A build context of just what the from-jar target copies: the jar and the container scripts.
		Path context = this.root.resolve("e2e-tests/target/image-contexts").resolve(module);
		Path scripts = Files.createDirectories(context.resolve("deploy/docker"));
		Files.copy(jar, context.resolve("application.jar"), StandardCopyOption.REPLACE_EXISTING);
		try (var files = Files.list(this.root.resolve("deploy/docker"))) {
			for (Path script : files.toList()) {
				Files.copy(script, scripts.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		List<String> command = new ArrayList<>(List.of("docker", "build", "--quiet", "--file",
				this.root.resolve("Dockerfile").toString(), "--target", "from-jar", "--build-arg", "MODULE=" + module,
				"--tag", image(module)));
		if (runtimeImage != null) {
			command.addAll(List.of("--build-arg", "RUNTIME_IMAGE=" + runtimeImage));
		}
		command.add(context.toString());
		Instant started = Instant.now();
		Docker.run(command, Map.of(), null, Duration.ofMinutes(10)).orFail(command);
		System.out.printf("Built %s in %d s%n", image(module), Duration.between(started, Instant.now()).toSeconds());
		return null;
	}

	public static String image(String module) {
		return "repwise/" + module + ":" + TAG;
	}

	/** {@code up -d} with the given options; the images must exist. */
	public void up(String... options) {
		List<String> arguments = new ArrayList<>(List.of("up", "-d", "--no-build"));
		arguments.addAll(Arrays.asList(options));
		compose(Duration.ofMinutes(8), arguments.toArray(String[]::new));
	}

	/** {@code down}, keeping the volumes unless told otherwise. */
	public void down(boolean volumes) {
		if (volumes) {
			compose(Duration.ofMinutes(3), "down", "--volumes", "--remove-orphans", "--timeout", "20");
		}
		else {
			compose(Duration.ofMinutes(3), "down", "--timeout", "20");
		}
	}

	public String compose(Duration timeout, String... arguments) {
		List<String> command = new ArrayList<>(this.compose);
		command.addAll(List.of("--project-name", this.project, "--file", this.root.resolve("docker-compose.yml").toString()));
		command.addAll(Arrays.asList(arguments));
		return Docker.run(command, this.environment, this.root, timeout).orFail(command).output();
	}

	/** The last lines each container logged, for a failure's report. */
	/** Every line the five services logged (the last 20,000 each) that mentions {@code text}, joined by " | ". */
	public String serviceLogLines(String text) {
		String logs = compose(Duration.ofSeconds(30), "logs", "--no-color", "--tail", "20000", "gateway-service",
				"user-service", "workout-service", "ai-service", "notification-service");
		String lines = logs.lines().filter((line) -> line.contains(text)).collect(Collectors.joining(" | "));
		return lines.isEmpty() ? "nothing" : lines;
	}

	public String logs() {
		List<String> command = new ArrayList<>(this.compose);
		command.addAll(List.of("--project-name", this.project, "--file", this.root.resolve("docker-compose.yml").toString(),
				"logs", "--no-color", "--tail", "60"));
		return Docker.run(command, this.environment, this.root, Duration.ofMinutes(1)).output();
	}

	/** The running containers of one service, by id. */
	public List<String> containers(String service) {
		String ids = Docker.docker(Duration.ofSeconds(30), "ps", "--quiet", "--filter",
				"label=com.docker.compose.project=" + this.project, "--filter", "label=com.docker.compose.service=" + service);
		return ids.isBlank() ? List.of() : List.of(ids.split("\\s+"));
	}

	/** A container's address on the compose network, reachable from this (Linux) host. */
	public String address(String container) {
		return Docker.docker(Duration.ofSeconds(30), "inspect", "--format",
				"{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", container);
	}

	/** Waits until every container of the project reports healthy. */
	public void awaitHealthy(Duration wait) throws InterruptedException {
		Instant deadline = Instant.now().plus(wait);
		String states = "";
		while (Instant.now().isBefore(deadline)) {
			String ids = Docker.docker(Duration.ofSeconds(30), "ps", "--quiet", "--filter",
					"label=com.docker.compose.project=" + this.project);
			List<String> arguments = new ArrayList<>(List.of("inspect", "--format", "{{.Name}} {{.State.Health.Status}}"));
			arguments.addAll(List.of(ids.split("\\s+")));
			states = Docker.docker(Duration.ofSeconds(30), arguments.toArray(String[]::new));
			if (states.lines().allMatch((line) -> line.endsWith(" healthy"))) {
				return;
			}
			Thread.sleep(2000);
		}
		throw new IllegalStateException("Not every container became healthy within " + wait + ":\n" + states);
	}

	/** Waits for the gateway's {@code /health} to say UP, and returns it. */
	public String awaitUp(HttpClient http, Duration wait) throws InterruptedException {
		Instant deadline = Instant.now().plus(wait);
		String last = "(no answer)";
		while (Instant.now().isBefore(deadline)) {
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(gateway() + "/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				last = health.statusCode() + " " + health.body();
				if (health.statusCode() == 200 && health.body().startsWith("{\"status\":\"UP\"")) {
					return health.body();
				}
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The gateway's /health was not UP within " + wait + "; last: " + last);
	}

	/** One value (or rows, one a line) from a database, as the postgres superuser inside its container. */
	public String sql(String database, String query) {
		return Docker.docker(Duration.ofSeconds(30), "exec", containers("postgres").get(0), "psql", "--username",
				"postgres", "--dbname", database, "--no-psqlrc", "--tuples-only", "--no-align", "--command", query);
	}

	/** Removes whatever an earlier, interrupted run left under this project name. */
	public void clean() {
		try {
			down(true);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			// nothing was there
		}
	}

}
