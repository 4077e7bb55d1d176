package io.repwise.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * workout-service's seed migrations, as test resources of any module: the 889 exercises of the
 * library (V3) and the routine templates that give the staples their instructions (V7). The build
 * copies them from workout-service's migrations, so they are always the ones users get.
 */
public final class SeedMigrations {

	private SeedMigrations() {
	}

	/** {@code V3__exercise_library.sql}: one row per shared exercise. */
	public static String exerciseLibrary() {
		return read("V3__exercise_library.sql");
	}

	/** {@code V7__routine_templates.sql}: the system templates and the exercises they use. */
	public static String routineTemplates() {
		return read("V7__routine_templates.sql");
	}

	private static String read(String name) {
		try (InputStream in = SeedMigrations.class.getResourceAsStream("/repwise/seed/" + name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the classpath: build test-support first");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
