package io.repwise.workout.readiness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Soreness reports, newest first; the muscles and scores as one JSON object per report. */
@Repository
class ReadinessReports {

	private static final TypeReference<LinkedHashMap<String, Integer>> SORENESS = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	ReadinessReports(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Report report) {
		this.jdbc.update("""
				INSERT INTO readiness_report (id, owner_id, reported_at, soreness)
				VALUES (:id, :owner, :reportedAt, CAST(:soreness AS jsonb))""",
				new MapSqlParameterSource("id", report.id()).addValue("owner", report.ownerId())
					.addValue("reportedAt", Timestamp.from(report.reportedAt()))
					.addValue("soreness", this.json.writeValueAsString(report.soreness())));
	}

	List<Report> since(UUID owner, Instant since, int limit) {
		return this.jdbc.query("""
				SELECT id, owner_id, reported_at, soreness::text AS soreness FROM readiness_report
				WHERE owner_id = :owner AND reported_at >= :since ORDER BY reported_at DESC, id LIMIT :limit""",
				new MapSqlParameterSource("owner", owner).addValue("since", Timestamp.from(since)).addValue("limit", limit),
				(row, i) -> new Report(row.getObject("id", UUID.class), row.getObject("owner_id", UUID.class),
						row.getTimestamp("reported_at").toInstant(), this.json.readValue(row.getString("soreness"), SORENESS)));
	}

	/** @param soreness muscle name to soreness 0–10 */
	record Report(UUID id, UUID ownerId, Instant reportedAt, Map<String, Integer> soreness) {
	}

}
