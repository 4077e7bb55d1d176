package io.repwise.infra.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;

import io.repwise.infra.LocalPostgres;
import io.repwise.infra.PostgresDatabases;
import io.repwise.infra.LocalRedis;

/**
 * The PostgreSQL and Redis the suite runs on: the ones the environment names
 * ({@code SPRING_DATASOURCE_URL} with its username and password; {@code SPRING_DATA_REDIS_HOST}
 * and port), else embedded servers started here. Either way each service gets its own database.
 */
final class Infrastructure implements AutoCloseable {

	private final String serverUrl;

	private final String username;

	private final String password;

	private final String redisHost;

	private final int redisPort;

	private final LocalPostgres localPostgres;

	private final LocalRedis localRedis;

	private Infrastructure(String serverUrl, String username, String password, String redisHost, int redisPort,
			LocalPostgres localPostgres, LocalRedis localRedis) {
		this.serverUrl = serverUrl;
		this.username = username;
		this.password = password;
		this.redisHost = redisHost;
		this.redisPort = redisPort;
		this.localPostgres = localPostgres;
		this.localRedis = localRedis;
	}

	static Infrastructure start(int postgresPort, Path postgresData, int redisPort, Collection<String> databases)
			throws IOException, SQLException {
		LocalPostgres localPostgres = null;
		LocalRedis localRedis = null;
		try {
			String serverUrl;
			String username;
			String password;
			String namedUrl = System.getenv("SPRING_DATASOURCE_URL");
			if (namedUrl != null && !namedUrl.isBlank()) {
				// The named database's server, with each service's own database on it.
				serverUrl = namedUrl.substring(0, namedUrl.lastIndexOf('/') + 1);
				username = envOr("SPRING_DATASOURCE_USERNAME", "postgres");
				password = envOr("SPRING_DATASOURCE_PASSWORD", "");
			}
			else {
				requireFree(postgresPort, "REPWISE_PG_PORT");
				localPostgres = LocalPostgres.start(postgresPort, postgresData);
				serverUrl = localPostgres.jdbcUrl("");
				username = LocalPostgres.USER;
				password = "";
			}
			String redisHost = System.getenv("SPRING_DATA_REDIS_HOST");
			int effectiveRedisPort;
			if (redisHost != null && !redisHost.isBlank()) {
				effectiveRedisPort = Integer.parseInt(envOr("SPRING_DATA_REDIS_PORT", "6379"));
			}
			else {
				requireFree(redisPort, "REPWISE_REDIS_PORT");
				localRedis = LocalRedis.start(redisPort);
				redisHost = "127.0.0.1";
				effectiveRedisPort = localRedis.port();
			}
			Infrastructure infrastructure = new Infrastructure(serverUrl, username, password, redisHost,
					effectiveRedisPort, localPostgres, localRedis);
			infrastructure.ensureDatabases(databases);
			return infrastructure;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			closeQuietly(localRedis);
			closeQuietly(localPostgres);
			throw ex;
		}
	}

	String jdbcUrl(String database) {
		return this.serverUrl + database;
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	String redisHost() {
		return this.redisHost;
	}

	int redisPort() {
		return this.redisPort;
	}

	String describe() {
		String postgres = (this.localPostgres != null) ? "embedded PostgreSQL " : "PostgreSQL ";
		String redis = (this.localRedis != null) ? "embedded Redis " : "Redis ";
		return postgres + this.serverUrl + " · " + redis + this.redisHost + ":" + this.redisPort;
	}

	private void ensureDatabases(Collection<String> databases) throws SQLException {
		for (String database : databases) {
			PostgresDatabases.ensureExists(this.serverUrl, this.username, this.password, database);
		}
	}

	@Override
	public void close() {
		closeQuietly(this.localRedis);
		closeQuietly(this.localPostgres);
	}

	/** A clear message instead of an embedded server's time-out when something else has the port. */
	private static void requireFree(int port, String variable) {
		if (port <= 0) {
			return;
		}
		try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " is already in use (is Repwise already running?). "
					+ "Stop it, or choose another port with " + variable + ".");
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null) ? fallback : value;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			System.err.println("Could not stop " + closeable.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
