package io.repwise.workout.readiness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.training.Muscle;

/**
 * Every soreness report of a lifter, for exports, and reports brought back by an import: a
 * report at an instant the lifter already has is the same report and is skipped, and each one
 * restored carries the import's id so that undoing the import removes it.
 */
@Component
public class SorenessArchive {

	private static final TypeReference<LinkedHashMap<String, Integer>> SORENESS = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	SorenessArchive(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @param soreness muscle (a {@link Muscle} name) to 0–10 */
	public record Report(Instant reportedAt, Map<String, Integer> soreness) {
	}

	/** Every report, oldest first. */
	public List<Report> all(UUID owner) {
		return this.jdbc.query("""
				SELECT reported_at, soreness::text AS soreness FROM readiness_report
				WHERE owner_id = :owner ORDER BY reported_at, id""", new MapSqlParameterSource("owner", owner),
				(row, i) -> new Report(row.getTimestamp("reported_at").toInstant(),
						this.json.readValue(row.getString("soreness"), SORENESS)));
	}

	/**
	 * Adds the reports the lifter does not have yet; returns how many. A muscle that is not one
	 * of the kernel's or a score outside 0–10 is refused before anything is written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int restore(UUID owner, List<Report> reports, UUID importId) {
		Set<Instant> present = new HashSet<>(this.jdbc.queryForList(
				"SELECT reported_at FROM readiness_report WHERE owner_id = :owner", new MapSqlParameterSource("owner", owner),
				Timestamp.class).stream().map(Timestamp::toInstant).toList());
		List<SqlParameterSource> rows = reports.stream()
			.filter((report) -> present.add(report.reportedAt()))
			.map((report) -> (SqlParameterSource) new MapSqlParameterSource("id", UUID.randomUUID()).addValue("owner", owner)
				.addValue("reportedAt", Timestamp.from(report.reportedAt()))
				.addValue("soreness", this.json.writeValueAsString(checked(report.soreness())))
				.addValue("import", importId))
			.toList();
		this.jdbc.batchUpdate("""
				INSERT INTO readiness_report (id, owner_id, reported_at, soreness, import_id)
				VALUES (:id, :owner, :reportedAt, CAST(:soreness AS jsonb), :import)""", rows.toArray(SqlParameterSource[]::new));
		return rows.size();
	}

	/** Removes the reports an import added; returns how many. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int deleteImported(UUID owner, UUID importId) {
		return this.jdbc.update("DELETE FROM readiness_report WHERE owner_id = :owner AND import_id = :import",
				new MapSqlParameterSource("owner", owner).addValue("import", importId));
	}

	/** The same checks as a report sent to {@code POST /api/v1/readiness}. */
	public static Map<String, Integer> checked(Map<String, Integer> soreness) {
		Map<String, Integer> valid = new LinkedHashMap<>();
		soreness.forEach((name, score) -> {
			Muscle muscle;
			try {
				muscle = Muscle.valueOf(name.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(name + " is not a muscle");
			}
			if (score == null || score < 0 || score > ReadinessController.MAX_SORENESS) {
				throw new IllegalArgumentException("the soreness of " + name + " must be 0 to 10");
			}
			valid.put(muscle.name(), score);
		});
		return valid;
	}

}
