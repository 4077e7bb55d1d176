package io.repwise.ai.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.repwise.testsupport.SeedMigrations;

/**
 * The real exercise library, from workout-service's seed migrations (test-support's
 * {@link SeedMigrations}), so engine tests choose from the 889 exercises users have rather than
 * from a hand-made list.
 */
public final class SeedLibrary {

	private static final Pattern ROW = Pattern.compile("\\('([0-9a-f-]{36})', '((?:[^']|'')*)', '(\\w+)', '(\\w+)', '(\\w+)', "
			+ "'(\\w+)', (NULL|'\\w+'), (NULL|'\\w+'), '(\\w+)', (NULL|[0-9.]+), (ARRAY\\[[^\\]]*\\]::text\\[\\]|'\\{\\}'::text\\[\\]), "
			+ "(ARRAY\\[[^\\]]*\\]::text\\[\\]|'\\{\\}'::text\\[\\])\\)");

	private static List<Exercise> library;

	private SeedLibrary() {
	}

	public static synchronized List<Exercise> exercises() {
		if (library == null) {
			library = read(SeedMigrations.exerciseLibrary(), SeedMigrations.routineTemplates());
		}
		return library;
	}

	public static Exercise named(String name) {
		return exercises().stream().filter((e) -> e.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
	}

	private static List<Exercise> read(String sql, String templates) {
		// The exercises the templates use carry instructions (V7): the engine's "curated" staples.
		Set<String> curated = new HashSet<>();
		Matcher update = Pattern.compile("lower\\(name\\) = lower\\('((?:[^']|'')*)'\\)").matcher(templates);
		while (update.find()) {
			curated.add(update.group(1).replace("''", "'").toLowerCase(Locale.ROOT));
		}
		List<Exercise> exercises = new ArrayList<>();
		Matcher row = ROW.matcher(sql);
		while (row.find()) {
			exercises.add(new Exercise(UUID.fromString(row.group(1)), row.group(2).replace("''", "'"), row.group(3),
					row.group(4), row.group(5), row.group(6), unquote(row.group(7)), unquote(row.group(8)), row.group(9),
					muscles(row.group(11)), muscles(row.group(12)),
					curated.contains(row.group(2).replace("''", "'").toLowerCase(Locale.ROOT))));
		}
		return List.copyOf(exercises);
	}

	private static String unquote(String value) {
		return value.equals("NULL") ? null : value.substring(1, value.length() - 1);
	}

	private static List<String> muscles(String array) {
		if (!array.startsWith("ARRAY")) {
			return List.of();
		}
		String inner = array.substring(array.indexOf('[') + 1, array.indexOf(']'));
		return Arrays.stream(inner.split(",")).map(String::trim).map((m) -> m.substring(1, m.length() - 1)).toList();
	}

}
