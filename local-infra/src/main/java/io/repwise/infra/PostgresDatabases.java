package io.repwise.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates per-service databases on a PostgreSQL server when they do not exist yet. */
public final class PostgresDatabases {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private PostgresDatabases() {
	}

	/**
	 * @param serverUrl the server's JDBC URL without a database, ending in {@code /}
	 * @param name a plain lower-case database name
	 */
	public static void ensureExists(String serverUrl, String username, String password, String name)
			throws SQLException {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", username, password)) {
			try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, name);
				try (ResultSet result = exists.executeQuery()) {
					if (result.next()) {
						return;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				// Safe to concatenate: the name matched DATABASE_NAME above.
				create.execute("CREATE DATABASE " + name);
			}
		}
	}

}
