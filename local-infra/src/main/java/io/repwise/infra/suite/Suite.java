package io.repwise.infra.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole suite on one machine: PostgreSQL and Redis (embedded unless the environment names
 * real ones), then every service as a child process wired to the others by URL. Used by the run
 * command and by the end-to-end tests, so both exercise the same start-up.
 */
public final class Suite implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private final Infrastructure infrastructure;

	private final Map<String, ServiceProcess> processes;

	private final Options options;

	private final JavaCommand java;

	private final Map<String, String> serviceUrls = new LinkedHashMap<>();

	private Suite(Infrastructure infrastructure, Options options) {
		this.infrastructure = infrastructure;
		this.options = options;
		this.processes = new LinkedHashMap<>();
		this.java = new JavaCommand(options.projectRoot(), options.runDirectory().resolve("apps"), options.javaOptions(),
				options.classDataSharing());
		options.services()
			.stream()
			.filter((spec) -> spec.urlVariable() != null)
			.forEach((spec) -> this.serviceUrls.put(spec.urlVariable(), spec.url()));
	}

	/**
	 * How to run the suite.
	 *
	 * @param projectRoot the repository root, where each module's {@code target/NAME.jar} is
	 * @param runDirectory where logs, extracted jars and class-data archives go
	 * @param services what to start, with their ports
	 * @param javaOptions JVM options for every service
	 * @param classDataSharing whether to run from extracted jars with an AppCDS archive (faster start)
	 * @param postgresPort port for an embedded PostgreSQL (0 for any free one)
	 * @param postgresData data directory for an embedded PostgreSQL, or {@code null} for a temporary one
	 * @param redisPort port for an embedded Redis (0 for any free one)
	 * @param readyTimeout how long each service may take to become ready
	 * @param extraEnvironment variables given to every service on top of the wiring
	 */
	public record Options(Path projectRoot, Path runDirectory, List<ServiceSpec> services, List<String> javaOptions,
			boolean classDataSharing, int postgresPort, Path postgresData, int redisPort, Duration readyTimeout,
			Map<String, String> extraEnvironment) {

		public Options {
			extraEnvironment = (extraEnvironment != null) ? Map.copyOf(extraEnvironment) : Map.of();
		}

	}

	public static Suite start(Options options, PrintStream out) throws IOException, SQLException, InterruptedException {
		Files.createDirectories(options.runDirectory().resolve("logs"));
		List<String> databases = options.services().stream().map(ServiceSpec::database).filter(Objects::nonNull).toList();
		Infrastructure infrastructure = Infrastructure.start(options.postgresPort(), options.postgresData(),
				options.redisPort(), databases);
		out.println("Infrastructure: " + infrastructure.describe());
		Suite suite = new Suite(infrastructure, options);
		try {
			if (options.classDataSharing()) {
				prepareAll(suite.java, options.services(), suite::environment, out);
			}
			for (ServiceSpec spec : options.services()) {
				suite.launch(spec);
			}
			for (ServiceProcess process : suite.processes.values()) {
				suite.awaitReady(process, out);
			}
			return suite;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			suite.close();
			throw ex;
		}
	}

	private ServiceProcess launch(ServiceSpec spec) throws IOException {
		Path log = this.options.runDirectory().resolve("logs").resolve(spec.name() + ".log");
		ServiceProcess process = ServiceProcess.start(spec, this.java.command(spec), environment(spec), log,
				this.options.projectRoot());
		this.processes.put(spec.name(), process);
		return process;
	}

	private void awaitReady(ServiceProcess process, PrintStream out) throws InterruptedException {
		Duration took = process.awaitReady(this.options.readyTimeout());
		out.printf("  %-21s ready in %5.1f s  %s  (log: %s)%n", process.spec().name(), took.toMillis() / 1000.0,
				process.spec().url(), process.logFile());
	}

	/** Extracts jars and records class-data archives where missing or stale, two at a time. */
	private static void prepareAll(JavaCommand java, List<ServiceSpec> services,
			java.util.function.Function<ServiceSpec, Map<String, String>> environment, PrintStream out)
			throws IOException, InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (ServiceSpec spec : services) {
				results.add(pool.submit(() -> java.prepare(spec, environment.apply(spec))));
			}
			for (int i = 0; i < services.size(); i++) {
				if (results.get(i).get()) {
					out.println("  prepared a class-data archive for " + services.get(i).name());
				}
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IOException("Could not prepare a service to start", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Map<String, String> environment(ServiceSpec spec) {
		Infrastructure infrastructure = this.infrastructure;
		Map<String, String> environment = new LinkedHashMap<>(this.serviceUrls);
		environment.putAll(this.options.extraEnvironment());
		environment.put("SERVER_PORT", String.valueOf(spec.port()));
		if (spec.managementPort() != spec.port()) {
			environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(spec.managementPort()));
		}
		if (spec.database() != null) {
			environment.put("SPRING_DATASOURCE_URL", infrastructure.jdbcUrl(spec.database()));
			environment.put("SPRING_DATASOURCE_USERNAME", infrastructure.username());
			environment.put("SPRING_DATASOURCE_PASSWORD", infrastructure.password());
		}
		if (spec.usesRedis()) {
			environment.put("SPRING_DATA_REDIS_HOST", infrastructure.redisHost());
			environment.put("SPRING_DATA_REDIS_PORT", String.valueOf(infrastructure.redisPort()));
		}
		return environment;
	}

	public ServiceProcess service(String name) {
		ServiceProcess process = this.processes.get(name);
		if (process == null) {
			throw new IllegalArgumentException("No service named " + name);
		}
		return process;
	}

	/** Stops one service, as an outage would. */
	public void stop(String name) {
		service(name).stop(STOP_GRACE);
	}

	/** Starts a stopped service again and waits until it is ready. */
	public void restart(String name, PrintStream out) throws IOException, InterruptedException {
		ServiceProcess stopped = service(name);
		stopped.stop(STOP_GRACE);
		awaitReady(launch(stopped.spec()), out);
	}

	/** JDBC URL of a service's database, for tests that check what a service stored. */
	public String jdbcUrl(String database) {
		return this.infrastructure.jdbcUrl(database);
	}

	public String databaseUser() {
		return this.infrastructure.username();
	}

	public String databasePassword() {
		return this.infrastructure.password();
	}

	/** Stops every service (gateway first, so clients stop arriving) and then the infrastructure. */
	@Override
	public void close() {
		List<ServiceProcess> reversed = new ArrayList<>(this.processes.values());
		Collections.reverse(reversed);
		reversed.forEach((process) -> process.stop(STOP_GRACE));
		this.infrastructure.close();
	}

}
