package io.repwise.infra.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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

	private final Map<String, Duration> startupTimes;

	private Suite(Infrastructure infrastructure, Map<String, ServiceProcess> processes,
			Map<String, Duration> startupTimes) {
		this.infrastructure = infrastructure;
		this.processes = processes;
		this.startupTimes = startupTimes;
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
	 */
	public record Options(Path projectRoot, Path runDirectory, List<ServiceSpec> services, List<String> javaOptions,
			boolean classDataSharing, int postgresPort, Path postgresData, int redisPort, Duration readyTimeout) {
	}

	public static Suite start(Options options, PrintStream out) throws IOException, SQLException, InterruptedException {
		Path logs = Files.createDirectories(options.runDirectory().resolve("logs"));
		List<String> databases = options.services().stream().map(ServiceSpec::database).filter(Objects::nonNull).toList();
		Infrastructure infrastructure = Infrastructure.start(options.postgresPort(), options.postgresData(),
				options.redisPort(), databases);
		out.println("Infrastructure: " + infrastructure.describe());
		Map<String, ServiceProcess> processes = new LinkedHashMap<>();
		Map<String, Duration> startupTimes = new LinkedHashMap<>();
		Suite suite = new Suite(infrastructure, processes, startupTimes);
		try {
			JavaCommand java = new JavaCommand(options.projectRoot(), options.runDirectory().resolve("apps"),
					options.javaOptions(), options.classDataSharing());
			Map<String, String> serviceUrls = new LinkedHashMap<>();
			options.services().stream().filter((spec) -> spec.urlVariable() != null)
				.forEach((spec) -> serviceUrls.put(spec.urlVariable(), spec.url()));
			if (options.classDataSharing()) {
				prepareAll(java, options.services(), (spec) -> environment(spec, infrastructure, serviceUrls), out);
			}
			for (ServiceSpec spec : options.services()) {
				Path log = logs.resolve(spec.name() + ".log");
				processes.put(spec.name(), ServiceProcess.start(spec, java.command(spec),
						environment(spec, infrastructure, serviceUrls), log, options.projectRoot()));
			}
			for (ServiceProcess process : processes.values()) {
				Duration took = process.awaitReady(options.readyTimeout());
				startupTimes.put(process.spec().name(), took);
				out.printf("  %-21s ready in %5.1f s  %s  (log: %s)%n", process.spec().name(), took.toMillis() / 1000.0,
						process.spec().url(), process.logFile());
			}
			return suite;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			suite.close();
			throw ex;
		}
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

	private static Map<String, String> environment(ServiceSpec spec, Infrastructure infrastructure,
			Map<String, String> serviceUrls) {
		Map<String, String> environment = new LinkedHashMap<>(serviceUrls);
		environment.put("SERVER_PORT", String.valueOf(spec.port()));
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

	/** How long each service took from process start to ready. */
	public Map<String, Duration> startupTimes() {
		return Map.copyOf(this.startupTimes);
	}

	/** Stops one service, as an outage would. */
	public void stop(String name) {
		service(name).stop(STOP_GRACE);
	}

	/** Stops every service (gateway first, so clients stop arriving) and then the infrastructure. */
	@Override
	public void close() {
		List<ServiceProcess> reversed = new ArrayList<>(this.processes.values());
		java.util.Collections.reverse(reversed);
		reversed.forEach((process) -> process.stop(STOP_GRACE));
		this.infrastructure.close();
	}

}
