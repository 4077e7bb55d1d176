package io.repwise.infra;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries that io.zonky.test ships in a jar, so that a
 * machine with only a JDK can run the suite. With a data directory the data outlives restarts.
 */
public final class LocalPostgres implements AutoCloseable {

	public static final String USER = "postgres";

	private final EmbeddedPostgres server;

	private LocalPostgres(EmbeddedPostgres server) {
		this.server = server;
	}

	/**
	 * Starts a server.
	 * @param port the port, or 0 for any free one
	 * @param dataDirectory where to keep the data, or {@code null} for a throw-away directory
	 */
	public static LocalPostgres start(int port, Path dataDirectory) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			// Small-machine settings: few connections, modest memory, no durability cost on commit.
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "64MB")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("listen_addresses", "localhost");
		if (port > 0) {
			builder.setPort(port);
		}
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		return new LocalPostgres(builder.start());
	}

	public int port() {
		return this.server.getPort();
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
