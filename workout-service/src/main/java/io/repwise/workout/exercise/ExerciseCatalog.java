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

	/** Whether the user has any private exercises (their library pages differ from everyone's). */
	boolean hasCustomExercises(UUID userId) {
		return userId != null && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM exercise WHERE owner_id = :user)", new MapSqlParameterSource("user", userId),
				Boolean.class));
	}


	/** How close a word must be to count as a typo of the search text (pg_trgm word similarity). */
	static final double TYPO_THRESHOLD = 0.3;

	private static final Map<String, String> FACET_COLUMNS = Map.of("category", "category", "muscleGroup",
			"muscle_group", "difficulty", "difficulty", "equipment", "equipment");

	private static final String COLUMNS = "id, name, category, muscle_group, difficulty, equipment, mechanic, force, "
			+ "tracking, met, primary_muscles, secondary_muscles, instructions, owner_id";

	private final NamedParameterJdbcTemplate jdbc;

	ExerciseCatalog(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	ExercisePage search(ExerciseQuery query, UUID userId) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("user", userId);
		String where = where(query, parameters, null);
		long total = this.jdbc.queryForObject("SELECT count(*) FROM exercise WHERE " + where, parameters, Long.class);
		parameters.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		List<ExerciseView> items = this.jdbc.query("SELECT " + COLUMNS + " FROM exercise WHERE " + where + " ORDER BY "
				+ orderBy(query) + " LIMIT :limit OFFSET :offset", parameters, (row, i) -> view(row, userId));
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		FACET_COLUMNS.keySet().stream().sorted().forEach((facet) -> facets.put(facet, facetCounts(query, userId, facet)));
		int totalPages = (int) ((total + query.size() - 1) / query.size());
		return new ExercisePage(items, query.page(), query.size(), total, totalPages, facets);
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

	public Optional<ExerciseView> find(UUID id, UUID userId) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", id).addValue("user", userId);
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM exercise WHERE id = :id AND (owner_id IS NULL OR owner_id = CAST(:user AS uuid))",
					parameters, (row, i) -> view(row, userId))
			.stream()
			.findFirst();
	}

	private Map<String, Long> facetCounts(ExerciseQuery query, UUID userId, String facet) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("user", userId);
		String column = FACET_COLUMNS.get(facet);
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.query("SELECT " + column + " AS value, count(*) AS n FROM exercise WHERE "
				+ where(query, parameters, facet) + " GROUP BY " + column, parameters,
				(ResultSet row) -> {
					counts.put(row.getString("value"), row.getLong("n"));
				});
		return counts;
	}

	/** The conditions of the query, leaving out the facet being counted. */
	private static String where(ExerciseQuery query, MapSqlParameterSource parameters, String exceptFacet) {
		List<String> conditions = new ArrayList<>();
		conditions.add("(owner_id IS NULL OR owner_id = CAST(:user AS uuid))");
		if (query.category() != null && !"category".equals(exceptFacet)) {
			conditions.add("category = :category");
			parameters.addValue("category", query.category());
		}
		if (query.muscleGroup() != null && !"muscleGroup".equals(exceptFacet)) {
			conditions.add("muscle_group = :muscleGroup");
			parameters.addValue("muscleGroup", query.muscleGroup());
		}
		if (query.difficulty() != null && !"difficulty".equals(exceptFacet)) {
			conditions.add("difficulty = :difficulty");
			parameters.addValue("difficulty", query.difficulty());
		}
		if (!query.equipment().isEmpty() && !"equipment".equals(exceptFacet)) {
			conditions.add("equipment IN (:equipment)");
			parameters.addValue("equipment", query.equipment());
		}
		if (query.mechanic() != null) {
			conditions.add("mechanic = :mechanic");
			parameters.addValue("mechanic", query.mechanic());
		}
		if (query.muscle() != null) {
			conditions.add("(lower(:muscle) = ANY (primary_muscles) OR lower(:muscle) = ANY (secondary_muscles))");
			parameters.addValue("muscle", query.muscle());
		}
		if (query.text() != null) {
			conditions.add("(name ILIKE :like ESCAPE '\\' OR word_similarity(:text, name) >= " + TYPO_THRESHOLD + ")");
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
