package io.repwise.workout.exercise;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the exercise library with plain SQL: filters become parameterised conditions, the text
 * search uses pg_trgm word similarity so partial words and typos still match, and facets are
 * counted per field with every other filter applied.
 */
@Repository
public class ExerciseCatalog {

	/** Facet names as clients see them, and their columns. */
	private static final Map<String, String> FACET_COLUMNS = new TreeMap<>(Map.of("category", "category",
			"difficulty", "difficulty", "equipment", "equipment", "muscleGroup", "muscle_group"));

	private static final String COLUMNS = "id, name, category, muscle_group, difficulty, equipment, mechanic, force, "
			+ "tracking, met, primary_muscles, secondary_muscles, instructions, owner_id";

	private final NamedParameterJdbcTemplate jdbc;

	ExerciseCatalog(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the user has any private exercises (their library pages differ from everyone's). */
	boolean hasCustomExercises(UUID userId) {
		return userId != null && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM exercise WHERE owner_id = :user)", new MapSqlParameterSource("user", userId),
				Boolean.class));
	}

	/**
	 * Two queries per search. The first counts, in one round trip, each facet's values with every
	 * other filter applied (so a client can show "Chest (84)") and the total with all of them, from
	 * the exercises matching the non-facet conditions; the second reads the requested page.
	 */
	ExercisePage search(ExerciseQuery query, UUID userId) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("user", userId);
		String always = alwaysApplied(query, parameters);
		Map<String, String> facetFilters = facetFilters(query, parameters);
		// The non-facet conditions (the text match above all) are evaluated once, in the CTE.
		StringBuilder flags = new StringBuilder();
		FACET_COLUMNS.forEach((facet, column) -> flags.append(", ")
			.append(facetFilters.getOrDefault(facet, "TRUE"))
			.append(" AS passes_")
			.append(column));
		List<String> counts = new ArrayList<>();
		FACET_COLUMNS.forEach((facet, column) -> counts.add("SELECT '" + facet + "' AS facet, " + column
				+ " AS value, count(*) AS n FROM matches WHERE " + passes(facet) + " GROUP BY " + column));
		counts.add("SELECT 'total', NULL, count(*) FROM matches WHERE " + passes(null));
		String countSql = "WITH matches AS MATERIALIZED (SELECT category, muscle_group, difficulty, equipment" + flags
				+ " FROM exercise WHERE " + always + ") " + String.join(" UNION ALL ", counts);
		Map<String, Map<String, Long>> facets = new TreeMap<>();
		FACET_COLUMNS.keySet().forEach((facet) -> facets.put(facet, new TreeMap<>()));
		long[] total = { 0 };
		this.jdbc.query(countSql, parameters, (ResultSet row) -> {
			String facet = row.getString("facet");
			if (facet.equals("total")) {
				total[0] = row.getLong("n");
			}
			else {
				facets.get(facet).put(row.getString("value"), row.getLong("n"));
			}
		});
		long offset = (long) query.page() * query.size();
		List<ExerciseView> items = List.of();
		if (offset < total[0]) {
			parameters.addValue("limit", query.size()).addValue("offset", offset);
			items = this.jdbc.query("SELECT " + COLUMNS + " FROM exercise WHERE " + always + andAll(facetFilters)
					+ " ORDER BY " + orderBy(query) + " LIMIT :limit OFFSET :offset", parameters,
					(row, i) -> view(row, userId));
		}
		int totalPages = (int) ((total[0] + query.size() - 1) / query.size());
		return new ExercisePage(items, query.page(), query.size(), total[0], totalPages, facets);
	}

	/** Rows of {@code matches} passing every facet filter but {@code skipped} (null: all of them). */
	private static String passes(String skipped) {
		StringBuilder conditions = new StringBuilder("TRUE");
		FACET_COLUMNS.forEach((facet, column) -> {
			if (!facet.equals(skipped)) {
				conditions.append(" AND passes_").append(column);
			}
		});
		return conditions.toString();
	}

	/** Every facet filter as {@code AND …} conditions. */
	private static String andAll(Map<String, String> facetFilters) {
		return facetFilters.values().stream().map((filter) -> " AND " + filter).collect(Collectors.joining());
	}

	/** The exercises among {@code ids} that {@code userId} may use: shared ones and their own. */
	public Map<UUID, ExerciseView> findAll(Collection<UUID> ids, UUID userId) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids).addValue("user", userId);
		Map<UUID, ExerciseView> found = new LinkedHashMap<>();
		this.jdbc.query("SELECT " + COLUMNS + " FROM exercise WHERE id IN (:ids) AND (owner_id IS NULL OR owner_id = CAST(:user AS uuid))",
				parameters, (ResultSet row) -> {
					ExerciseView exercise = view(row, userId);
					found.put(exercise.id(), exercise);
				});
		return found;
	}

	/** Every exercise the user may use, shared and their own, by name: the coaching engine's catalogue. */
	public List<ExerciseView> listAll(UUID userId) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM exercise WHERE owner_id IS NULL OR owner_id = CAST(:user AS uuid)"
				+ " ORDER BY name, id", new MapSqlParameterSource("user", userId), (row, i) -> view(row, userId));
	}

	public Optional<ExerciseView> find(UUID id, UUID userId) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", id).addValue("user", userId);
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM exercise WHERE id = :id AND (owner_id IS NULL OR owner_id = CAST(:user AS uuid))",
					parameters, (row, i) -> view(row, userId))
			.stream()
			.findFirst();
	}

	/** The facet filters the query sets, by facet name; each is a SQL condition. */
	private static Map<String, String> facetFilters(ExerciseQuery query, MapSqlParameterSource parameters) {
		Map<String, String> filters = new LinkedHashMap<>();
		if (query.category() != null) {
			filters.put("category", "category = :category");
			parameters.addValue("category", query.category());
		}
		if (query.muscleGroup() != null) {
			filters.put("muscleGroup", "muscle_group = :muscleGroup");
			parameters.addValue("muscleGroup", query.muscleGroup());
		}
		if (query.difficulty() != null) {
			filters.put("difficulty", "difficulty = :difficulty");
			parameters.addValue("difficulty", query.difficulty());
		}
		if (!query.equipment().isEmpty()) {
			filters.put("equipment", "equipment IN (:equipment)");
			parameters.addValue("equipment", query.equipment());
		}
		return filters;
	}

	/**
	 * The conditions that are not facets. The text matches a name containing it, or a word of a
	 * name within pg_trgm's word similarity threshold ({@code <%}; 0.3, set for every connection
	 * in application.yml), which the trigram index on names serves.
	 */
	private static String alwaysApplied(ExerciseQuery query, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		conditions.add("(owner_id IS NULL OR owner_id = CAST(:user AS uuid))");
		if (query.mechanic() != null) {
			conditions.add("mechanic = :mechanic");
			parameters.addValue("mechanic", query.mechanic());
		}
		if (query.muscle() != null) {
			conditions.add("(lower(:muscle) = ANY (primary_muscles) OR lower(:muscle) = ANY (secondary_muscles))");
			parameters.addValue("muscle", query.muscle());
		}
		if (query.text() != null) {
			conditions.add("(name ILIKE :like ESCAPE '\\' OR :text <% name)");
			parameters.addValue("text", query.text());
			parameters.addValue("like", "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return String.join(" AND ", conditions);
	}

	private static String orderBy(ExerciseQuery query) {
		return switch (query.sort()) {
			case "-name" -> "name DESC";
			case "difficulty" -> "array_position(ARRAY['BEGINNER','INTERMEDIATE','ADVANCED'], difficulty), name";
			case "-difficulty" -> "array_position(ARRAY['BEGINNER','INTERMEDIATE','ADVANCED'], difficulty) DESC, name";
			case "relevance" -> "(name ILIKE :like ESCAPE '\\') DESC, word_similarity(:text, name) DESC, name";
			default -> "name";
		};
	}

	private static ExerciseView view(ResultSet row, UUID userId) throws SQLException {
		double met = row.getDouble("met");
		Double metOrNull = row.wasNull() ? null : met;
		UUID owner = row.getObject("owner_id", UUID.class);
		return new ExerciseView(row.getObject("id", UUID.class), row.getString("name"), row.getString("category"),
				row.getString("muscle_group"), row.getString("difficulty"), row.getString("equipment"),
				row.getString("mechanic"), row.getString("force"), row.getString("tracking"),
				metOrNull, strings(row.getArray("primary_muscles")),
				strings(row.getArray("secondary_muscles")), strings(row.getArray("instructions")), owner != null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
