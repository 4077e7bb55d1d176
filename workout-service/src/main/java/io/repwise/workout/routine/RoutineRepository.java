package io.repwise.workout.routine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import io.repwise.workout.system.Rows;

import io.repwise.workout.routine.Routine.Day;
import io.repwise.workout.routine.Routine.Goal;
import io.repwise.workout.routine.Routine.Level;
import io.repwise.workout.routine.Routine.Prescription;
import io.repwise.workout.routine.progression.ProgressionRule;
import io.repwise.workout.routine.progression.Targets;
import tools.jackson.databind.json.JsonMapper;

/** Stores routines as aggregates; rules and their state are JSON columns. */
@Repository
class RoutineRepository {

	static final String COLUMNS = "r.id, r.owner_id, r.name, r.description, r.goal, r.level, r.days_per_week, "
			+ "r.deload_every_weeks, r.published_at, r.source_routine_id, r.copies, r.activated_at";

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	RoutineRepository(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Routine> find(UUID id) {
		return load("SELECT " + COLUMNS + " FROM routine r WHERE r.id = :id", new MapSqlParameterSource("id", id));
	}

	Optional<Routine> findForUpdate(UUID id) {
		return load("SELECT " + COLUMNS + " FROM routine r WHERE r.id = :id FOR UPDATE", new MapSqlParameterSource("id", id));
	}

	/** The owner's active routine, if they chose one (the partial unique index allows at most one). */
	Optional<Routine> findActive(UUID owner) {
		return load("SELECT " + COLUMNS + " FROM routine r WHERE r.owner_id = :owner AND r.activated_at IS NOT NULL",
				new MapSqlParameterSource("owner", owner));
	}

	/** The routine holding a day, as long as it still exists. */
	Optional<Routine> findByDay(UUID dayId) {
		return load("SELECT " + COLUMNS + " FROM routine r JOIN routine_day d ON d.routine_id = r.id WHERE d.id = :day",
				new MapSqlParameterSource("day", dayId));
	}

	/** Headers only (days empty), for lists. */
	List<Routine> headers(String where, MapSqlParameterSource parameters) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM routine r WHERE " + where + " ORDER BY r.name", parameters,
				(row, i) -> header(row));
	}

	void insert(Routine routine) {
		this.jdbc.update("""
				INSERT INTO routine (id, owner_id, name, description, goal, level, days_per_week, deload_every_weeks,
				                     published_at, source_routine_id, copies, activated_at)
				VALUES (:id, :owner, :name, :description, :goal, :level, :days, :deloadEvery, :published, :source, :copies,
				        :activated)""",
				header(routine));
		insertDays(routine);
	}

	void update(Routine routine) {
		this.jdbc.update("""
				UPDATE routine SET name = :name, description = :description, goal = :goal, level = :level,
				       days_per_week = :days, deload_every_weeks = :deloadEvery, published_at = :published,
				       activated_at = :activated, updated_at = now()
				WHERE id = :id""", header(routine));
		this.jdbc.update("DELETE FROM routine_day WHERE routine_id = :id", new MapSqlParameterSource("id", routine.id()));
		insertDays(routine);
	}

	/** Saves progression state only, leaving the plan as it is. */
	void updateStates(List<Prescription> prescriptions) {
		this.jdbc.batchUpdate("UPDATE routine_exercise SET state = CAST(:state AS jsonb), last_decision = :decision WHERE id = :id",
				prescriptions.stream()
					.map((p) -> (SqlParameterSource) new MapSqlParameterSource("id", p.id())
						.addValue("state", this.json.writeValueAsString(p.state()))
						.addValue("decision", p.lastDecision()))
					.toArray(SqlParameterSource[]::new));
	}

	void delete(UUID id) {
		this.jdbc.update("DELETE FROM routine WHERE id = :id", new MapSqlParameterSource("id", id));
	}

	void countCopy(UUID id) {
		this.jdbc.update("UPDATE routine SET copies = copies + 1 WHERE id = :id", new MapSqlParameterSource("id", id));
	}

	/** Makes {@code id} the owner's only active routine. */
	void activate(UUID owner, UUID id, Instant now) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("owner", owner).addValue("id", id)
			.addValue("now", Timestamp.from(now));
		this.jdbc.update("UPDATE routine SET activated_at = NULL WHERE owner_id = :owner AND activated_at IS NOT NULL", parameters);
		this.jdbc.update("UPDATE routine SET activated_at = :now WHERE id = :id AND owner_id = :owner", parameters);
	}

	private Optional<Routine> load(String sql, MapSqlParameterSource parameters) {
		List<Routine> headers = this.jdbc.query(sql, parameters, (row, i) -> header(row));
		if (headers.isEmpty()) {
			return Optional.empty();
		}
		Routine routine = headers.get(0);
		MapSqlParameterSource byRoutine = new MapSqlParameterSource("id", routine.id());
		Map<UUID, List<Prescription>> exercisesByDay = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT e.* FROM routine_exercise e JOIN routine_day d ON d.id = e.day_id
				WHERE d.routine_id = :id ORDER BY e.day_id, e.position""", byRoutine, (ResultSet row) -> {
			exercisesByDay.computeIfAbsent(row.getObject("day_id", UUID.class), (key) -> new ArrayList<>())
				.add(prescription(row));
		});
		List<Day> days = this.jdbc.query("SELECT id, name FROM routine_day WHERE routine_id = :id ORDER BY position",
				byRoutine, (row, i) -> new Day(row.getObject("id", UUID.class), row.getString("name"),
						exercisesByDay.getOrDefault(row.getObject("id", UUID.class), List.of())));
		return Optional.of(new Routine(routine.id(), routine.ownerId(), routine.name(), routine.description(),
				routine.goal(), routine.level(), routine.daysPerWeek(), routine.deloadEveryWeeks(), routine.publishedAt(),
				routine.sourceRoutineId(), routine.copies(), routine.activatedAt(), days));
	}

	private Prescription prescription(ResultSet row) throws SQLException {
		return new Prescription(row.getObject("id", UUID.class), row.getObject("exercise_id", UUID.class),
				Rows.integer(row, "superset_group"), row.getInt("sets"), row.getInt("rep_min"), row.getInt("rep_max"),
				Rows.decimal(row, "target_rpe"), Rows.decimal(row, "percent_1rm"), Rows.integer(row, "rest_s"),
				this.json.readValue(row.getString("rule"), ProgressionRule.class),
				this.json.readValue(row.getString("state"), Targets.class), row.getString("last_decision"));
	}

	private void insertDays(Routine routine) {
		List<SqlParameterSource> days = new ArrayList<>();
		List<SqlParameterSource> exercises = new ArrayList<>();
		for (int d = 0; d < routine.days().size(); d++) {
			Day day = routine.days().get(d);
			days.add(new MapSqlParameterSource("id", day.id()).addValue("routine", routine.id())
				.addValue("position", d)
				.addValue("name", day.name()));
			for (int p = 0; p < day.exercises().size(); p++) {
				Prescription e = day.exercises().get(p);
				exercises.add(new MapSqlParameterSource("id", e.id()).addValue("day", day.id())
					.addValue("position", p)
					.addValue("exercise", e.exerciseId())
					.addValue("superset", e.supersetGroup())
					.addValue("sets", e.sets())
					.addValue("repMin", e.repMin())
					.addValue("repMax", e.repMax())
					.addValue("rpe", e.targetRpe())
					.addValue("percent", e.percentOf1rm())
					.addValue("rest", e.restSeconds())
					.addValue("rule", this.json.writeValueAsString(e.rule()))
					.addValue("state", this.json.writeValueAsString(e.state()))
					.addValue("decision", e.lastDecision()));
			}
		}
		this.jdbc.batchUpdate("INSERT INTO routine_day (id, routine_id, position, name) VALUES (:id, :routine, :position, :name)",
				days.toArray(SqlParameterSource[]::new));
		this.jdbc.batchUpdate("""
				INSERT INTO routine_exercise (id, day_id, position, exercise_id, superset_group, sets, rep_min, rep_max,
				                              target_rpe, percent_1rm, rest_s, rule, state, last_decision)
				VALUES (:id, :day, :position, :exercise, :superset, :sets, :repMin, :repMax, :rpe, :percent, :rest,
				        CAST(:rule AS jsonb), CAST(:state AS jsonb), :decision)""", exercises.toArray(SqlParameterSource[]::new));
	}

	private static MapSqlParameterSource header(Routine routine) {
		return new MapSqlParameterSource("id", routine.id()).addValue("owner", routine.ownerId())
			.addValue("name", routine.name())
			.addValue("description", routine.description())
			.addValue("goal", routine.goal().name())
			.addValue("level", routine.level().name())
			.addValue("days", routine.daysPerWeek())
			.addValue("deloadEvery", routine.deloadEveryWeeks())
			.addValue("published", Rows.timestamp(routine.publishedAt()))
			.addValue("source", routine.sourceRoutineId())
			.addValue("copies", routine.copies())
			.addValue("activated", Rows.timestamp(routine.activatedAt()));
	}

	static Routine header(ResultSet row) throws SQLException {
		return new Routine(row.getObject("id", UUID.class), row.getObject("owner_id", UUID.class), row.getString("name"),
				row.getString("description"), Goal.valueOf(row.getString("goal")), Level.valueOf(row.getString("level")),
				row.getInt("days_per_week"), Rows.integer(row, "deload_every_weeks"), Rows.instant(row, "published_at"),
				row.getObject("source_routine_id", UUID.class),
				row.getInt("copies"), Rows.instant(row, "activated_at"), List.of());
	}
}
