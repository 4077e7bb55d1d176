package io.repwise.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import io.repwise.infra.LocalPostgres;
import io.repwise.infra.PostgresDatabases;

/**
 * The PostgreSQL server that tests in this JVM share, started on first use: a Testcontainers
 * container when Docker is running (from {@link ContainerImages#POSTGRES}), else an embedded
 * server. Each service's tests get their own database on it.
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
			server = TestDocker.available() ? Server.container() : Server.embedded();
		}
		return server;
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

		@SuppressWarnings("resource") // removed when the JVM exits, by Ryuk or by Testcontainers' shutdown hook
		static Server container() {
			TestDocker.client(); // its reaper first: a missing one is said at once
			String image = ContainerImages.POSTGRES.resolve(TestDocker::present);
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
				throw TestDocker.couldNotStart("PostgreSQL", ContainerImages.POSTGRES, image, ex);
			}
			return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
					container.getPassword());
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
