package io.repwise.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import java.util.ServiceLoader;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.repwise.infra.LocalPostgres;
import io.repwise.infra.PostgresDatabases;

/**
 * The PostgreSQL server that tests in this JVM share, started on first use: a Testcontainers
 * container when Docker is running (from {@link ContainerImages#POSTGRES}), else an embedded server. Each service's tests get their own
 * database on it.
 */
public final class TestPostgres {

	private static Server server;

	private TestPostgres() {
	}

	/** Whether the environment names a database, which then wins over anything started here. */
	public static boolean namedByEnvironment() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		return url != null && !url.isBlank();
	}

	public static synchronized Server server() {
		if (server == null) {
			server = dockerAvailable() ? Server.container() : Server.embedded();
		}
		return server;
	}

	/** Whether a Docker engine answers (asked without starting any container). */
	private static boolean dockerAvailable() {
		try {
			DockerClientProviderStrategy.getFirstValidStrategy(ServiceLoader.load(DockerClientProviderStrategy.class)
				.stream()
				.map(ServiceLoader.Provider::get)
				.toList());
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Connection details of a running server. */
	public record Server(String host, int port, String username, String password) {

		static Server embedded() {
			try {
				LocalPostgres postgres = LocalPostgres.start(0, null);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						// The JVM is going away; the temporary data directory goes with it.
					}
				}));
				return new Server("localhost", postgres.port(), LocalPostgres.USER, "");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}

		@SuppressWarnings("resource") // stopped when the JVM exits, by Ryuk or by Testcontainers' shutdown hook
		static Server container() {
			DockerClient docker = dockerClient();
			String image = ContainerImages.POSTGRES.resolve((name) -> present(docker, name));
			DockerImageName name = DockerImageName.parse(image);
			if (ContainerImages.POSTGRES.isStandIn(image)) {
				name = name.asCompatibleSubstituteFor(ContainerImages.POSTGRES.officialName());
			}
			System.out.println("Tests use PostgreSQL in a Testcontainers container from " + image);
			PostgreSQLContainer container = new PostgreSQLContainer(name);
			try {
				container.start();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Could not start PostgreSQL from the image " + image
						+ (present(docker, image) ? "" : ", which this Docker engine does not have and could not pull")
						+ ". Where no registry is reachable, build the stand-ins with deploy/local-images/build.sh,"
						+ " or name an image with " + ContainerImages.POSTGRES.variable() + ".", ex);
			}
			return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
					container.getPassword());
		}

		/**
		 * The engine's client. Testcontainers starts its reaper container (Ryuk) with it first;
		 * where that image cannot be had, say how to go on without it.
		 */
		private static DockerClient dockerClient() {
			try {
				return DockerClientFactory.instance().client();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Docker answers, but Testcontainers could not start its reaper (Ryuk,"
						+ " image testcontainers/ryuk). Where no registry is reachable, set"
						+ " TESTCONTAINERS_RYUK_DISABLED=true: containers are then removed by a JVM shutdown hook"
						+ " (.ci/run does this).", ex);
			}
		}

		private static boolean present(DockerClient docker, String image) {
			try {
				docker.inspectImageCmd(image).exec();
				return true;
			}
			catch (NotFoundException ex) {
				return false;
			}
		}

		public String jdbcUrl(String database) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
		}

		/** Creates the database unless it exists, and returns its JDBC URL. */
		public String database(String name) {
			try {
				PostgresDatabases.ensureExists(jdbcUrl(""), this.username, this.password, name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create test database " + name, ex);
			}
			return jdbcUrl(name);
		}

	}

}
