package io.repwise.workout.coaching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import io.repwise.workout.system.Rows;

/**
 * A user's completed workouts with their counted sets (completed, not warm-ups), oldest first: what
 * the coaching engine in ai-service learns from. One indexed range read, however long the history.
 */
@Repository
class TrainingLog {

	private final NamedParameterJdbcTemplate jdbc;

	TrainingLog(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A fingerprint that changes whenever any of the user's workouts is created, changed or
	 * deleted, so a reader can ask "has anything changed?" without reading the log.
	 */
	String version(UUID owner) {
		return this.jdbc.queryForObject("""
				SELECT count(*) || '-' || coalesce(sum(version), 0) || '-'
				       || coalesce(extract(epoch FROM max(updated_at)) * 1000000, 0)::bigint
				FROM workout WHERE owner_id = :owner""", new MapSqlParameterSource("owner", owner), String.class);
	}

	List<LoggedWorkout> read(UUID owner, Instant from) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("owner", owner).addValue("from",
				Timestamp.from(from));
		Map<UUID, LoggedWorkout> workouts = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT w.id, w.started_at, w.ended_at, w.routine_id, w.routine_day_id, s.exercise_id, s.type,
				       s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s, s.distance_m
				FROM workout w
				LEFT JOIN workout_exercise e ON e.workout_id = w.id
				LEFT JOIN workout_set s ON s.workout_exercise_id = e.id AND s.completed AND s.type <> 'WARMUP'
				WHERE w.owner_id = :owner AND w.status = 'COMPLETED' AND w.started_at >= :from
				ORDER BY w.started_at, w.id, e.position, s.position""", parameters, (ResultSet row) -> {
			UUID id = row.getObject("id", UUID.class);
			LoggedWorkout workout = workouts.computeIfAbsent(id, (key) -> workout(row, key));
			if (row.getObject("exercise_id") != null && row.getString("type") != null) {
				workout.sets().add(set(row));
			}
		});
		return new ArrayList<>(workouts.values());
	}

	private static LoggedWorkout workout(ResultSet row, UUID id) {
		try {
			Timestamp ended = row.getTimestamp("ended_at");
			return new LoggedWorkout(id, row.getTimestamp("started_at").toInstant(),
					(ended != null) ? ended.toInstant() : null, row.getObject("routine_id", UUID.class),
					row.getObject("routine_day_id", UUID.class), new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LoggedSet set(ResultSet row) throws SQLException {
		return new LoggedSet(row.getObject("exercise_id", UUID.class), row.getString("type"), Rows.integer(row, "reps"),
				Rows.decimal(row, "weight_kg"), Rows.decimal(row, "rpe"), Rows.integer(row, "rir"),
				Rows.integer(row, "duration_s"), Rows.decimal(row, "distance_m"));
	}

	/** A completed workout; {@code sets} in the order they were logged. */
	record LoggedWorkout(UUID id, Instant startedAt, Instant endedAt, UUID routineId, UUID routineDayId,
			List<LoggedSet> sets) {
	}

	/** A counted set, in stored units (kg, m, s). */
	record LoggedSet(UUID exerciseId, String type, Integer reps, Double weightKg, Double rpe, Integer rir,
			Integer durationSeconds, Double distanceMetres) {
	}

}
