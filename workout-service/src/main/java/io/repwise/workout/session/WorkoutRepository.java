package io.repwise.workout.session;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import io.repwise.workout.session.Workout.Entry;
import io.repwise.workout.session.Workout.LoggedSet;

/**
 * Stores workouts as whole aggregates: the header row, then its exercises and sets rewritten
 * together. A workout has tens of sets, so rewriting is cheap and keeps edits simple. Every read
 * is scoped to the owner, so another user's id finds nothing.
 */
@Repository
class WorkoutRepository {

	private static final String HEADER = "SELECT id, owner_id, name, notes, started_at, ended_at, status, routine_id, "
			+ "routine_day_id FROM workout WHERE id = :id AND owner_id = :owner";

	private final NamedParameterJdbcTemplate jdbc;

	WorkoutRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Workout> find(UUID id, UUID owner) {
		return load(HEADER, id, owner);
	}

	/** Reads and locks the workout for the rest of the transaction, so concurrent edits queue. */
	Optional<Workout> findForUpdate(UUID id, UUID owner) {
		return load(HEADER + " FOR UPDATE", id, owner);
	}

	void insert(Workout workout) {
		insertAll(List.of(workout), null);
	}

	/**
	 * Many workouts in three batched statements (headers, exercises, sets), marked with the import
	 * that added them ({@code null} for none): an imported history of thousands of workouts.
	 */
	void insertAll(List<Workout> workouts, UUID importId) {
		this.jdbc.batchUpdate("""
				INSERT INTO workout (id, owner_id, name, notes, started_at, ended_at, status, routine_id, routine_day_id,
				                     import_id)
				VALUES (:id, :owner, :name, :notes, :startedAt, :endedAt, :status, :routineId, :routineDayId, :importId)""",
				workouts.stream().map((workout) -> header(workout).addValue("importId", importId)).toArray(SqlParameterSource[]::new));
		insertContents(workouts);
	}

	void update(Workout workout) {
		this.jdbc.update("""
				UPDATE workout SET name = :name, notes = :notes, started_at = :startedAt, ended_at = :endedAt,
				       status = :status, version = version + 1, updated_at = now()
				WHERE id = :id AND owner_id = :owner""", header(workout));
		this.jdbc.update("DELETE FROM workout_exercise WHERE workout_id = :id", new MapSqlParameterSource("id", workout.id()));
		insertContents(List.of(workout));
	}

	boolean delete(UUID id, UUID owner) {
		return this.jdbc.update("DELETE FROM workout WHERE id = :id AND owner_id = :owner",
				new MapSqlParameterSource("id", id).addValue("owner", owner)) == 1;
	}

	/** One page of the owner's workouts, newest first, with per-workout totals computed in SQL. */
	List<WorkoutSummaryRow> list(WorkoutFilter filter, int page, int size) {
		MapSqlParameterSource parameters = filter.parameters().addValue("limit", size).addValue("offset", (long) page * size);
		return this.jdbc.query("""
				SELECT w.id, w.name, w.started_at, w.ended_at, w.status,
				       (SELECT count(*) FROM workout_exercise e WHERE e.workout_id = w.id) AS exercise_count,
				       (SELECT count(*) FROM workout_set s WHERE s.workout_id = w.id AND s.completed) AS completed_sets,
				       (SELECT coalesce(sum(s.weight_kg * s.reps), 0) FROM workout_set s
				         WHERE s.workout_id = w.id AND s.completed AND s.type <> 'WARMUP') AS volume_kg
				FROM workout w WHERE\s""" + filter.where() + " ORDER BY w.started_at DESC, w.id LIMIT :limit OFFSET :offset",
				parameters,
				(row, i) -> new WorkoutSummaryRow(row.getObject("id", UUID.class), row.getString("name"),
						Rows.instant(row, "started_at"), Rows.instant(row, "ended_at"), WorkoutStatus.valueOf(row.getString("status")),
						row.getInt("exercise_count"), row.getInt("completed_sets"), row.getDouble("volume_kg")));
	}

	long count(WorkoutFilter filter) {
		return this.jdbc.queryForObject("SELECT count(*) FROM workout w WHERE " + filter.where(), filter.parameters(),
				Long.class);
	}

	record WorkoutSummaryRow(UUID id, String name, Instant startedAt, Instant endedAt, WorkoutStatus status,
			int exerciseCount, int completedSets, double volumeKg) {
	}

	/** The list filters; each is optional. */
	record WorkoutFilter(UUID owner, Instant from, Instant to, UUID exerciseId, WorkoutStatus status) {

		String where() {
			StringBuilder where = new StringBuilder("w.owner_id = :owner");
			if (this.from != null) {
				where.append(" AND w.started_at >= :from");
			}
			if (this.to != null) {
				where.append(" AND w.started_at < :to");
			}
			if (this.exerciseId != null) {
				where.append(" AND EXISTS (SELECT 1 FROM workout_exercise e WHERE e.workout_id = w.id AND e.exercise_id = :exercise)");
			}
			if (this.status != null) {
				where.append(" AND w.status = :status");
			}
			return where.toString();
		}

		MapSqlParameterSource parameters() {
			return new MapSqlParameterSource("owner", this.owner).addValue("from", Rows.timestamp(this.from))
				.addValue("to", Rows.timestamp(this.to))
				.addValue("exercise", this.exerciseId)
				.addValue("status", (this.status != null) ? this.status.name() : null);
		}

	}

	private Optional<Workout> load(String sql, UUID id, UUID owner) {
		List<Workout> headers = this.jdbc.query(sql, new MapSqlParameterSource("id", id).addValue("owner", owner),
				WorkoutRepository::headerRow);
		return withContents(headers).stream().findFirst();
	}

	/**
	 * The owner's workouts in start order, {@code limit} at a time after the given one (keyset
	 * paging), each with its exercises and sets: how the export reads years of history.
	 */
	List<Workout> pageInStartOrder(UUID owner, Instant afterStart, UUID afterId, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("owner", owner).addValue("limit", limit)
			.addValue("afterStart", Rows.timestamp(afterStart))
			.addValue("afterId", afterId);
		String after = (afterStart != null) ? " AND (started_at, id) > (:afterStart, :afterId)" : "";
		return withContents(this.jdbc.query("SELECT id, owner_id, name, notes, started_at, ended_at, status, routine_id, "
				+ "routine_day_id FROM workout WHERE owner_id = :owner" + after + " ORDER BY started_at, id LIMIT :limit",
				parameters, WorkoutRepository::headerRow));
	}

	private static Workout headerRow(ResultSet row, int i) throws SQLException {
		return new Workout(row.getObject("id", UUID.class), row.getObject("owner_id", UUID.class), row.getString("name"),
				row.getString("notes"), Rows.instant(row, "started_at"), Rows.instant(row, "ended_at"),
				WorkoutStatus.valueOf(row.getString("status")), row.getObject("routine_id", UUID.class),
				row.getObject("routine_day_id", UUID.class), List.of());
	}

	/** The headers with their exercises and sets, read in two queries whatever their number. */
	private List<Workout> withContents(List<Workout> headers) {
		if (headers.isEmpty()) {
			return headers;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", headers.stream().map(Workout::id).toList());
		Map<UUID, List<LoggedSet>> setsByEntry = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT id, workout_exercise_id, type, reps, weight_kg, rpe, rir, duration_s, distance_m, rest_s, completed
				FROM workout_set WHERE workout_id IN (:ids) ORDER BY workout_exercise_id, position""", ids,
				(ResultSet row) -> {
					setsByEntry.computeIfAbsent(row.getObject("workout_exercise_id", UUID.class), (key) -> new ArrayList<>())
						.add(new LoggedSet(row.getObject("id", UUID.class), SetType.valueOf(row.getString("type")),
								Rows.integer(row, "reps"), Rows.decimal(row, "weight_kg"), Rows.decimal(row, "rpe"), Rows.integer(row, "rir"),
								Rows.integer(row, "duration_s"), Rows.decimal(row, "distance_m"), Rows.integer(row, "rest_s"),
								row.getBoolean("completed")));
				});
		Map<UUID, List<Entry>> entriesByWorkout = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT id, workout_id, exercise_id, superset_group, notes FROM workout_exercise
				WHERE workout_id IN (:ids) ORDER BY workout_id, position""", ids, (ResultSet row) -> {
			UUID entryId = row.getObject("id", UUID.class);
			entriesByWorkout.computeIfAbsent(row.getObject("workout_id", UUID.class), (key) -> new ArrayList<>())
				.add(new Entry(entryId, row.getObject("exercise_id", UUID.class), Rows.integer(row, "superset_group"),
						row.getString("notes"), setsByEntry.getOrDefault(entryId, List.of())));
		});
		return headers.stream()
			.map((header) -> header.withEntries(entriesByWorkout.getOrDefault(header.id(), List.of())))
			.toList();
	}

	private void insertContents(List<Workout> workouts) {
		List<SqlParameterSource> entries = new ArrayList<>();
		List<SqlParameterSource> sets = new ArrayList<>();
		for (Workout workout : workouts) {
			addContents(workout, entries, sets);
		}
		this.jdbc.batchUpdate("""
				INSERT INTO workout_exercise (id, workout_id, position, exercise_id, superset_group, notes)
				VALUES (:id, :workout, :position, :exercise, :superset, :notes)""", entries.toArray(SqlParameterSource[]::new));
		this.jdbc.batchUpdate("""
				INSERT INTO workout_set (id, workout_exercise_id, workout_id, owner_id, exercise_id, performed_at, position,
				                         type, reps, weight_kg, rpe, rir, duration_s, distance_m, rest_s, completed)
				VALUES (:id, :entry, :workout, :owner, :exercise, :performedAt, :position, :type, :reps, :weight, :rpe, :rir,
				        :duration, :distance, :rest, :completed)""", sets.toArray(SqlParameterSource[]::new));
	}

	private static void addContents(Workout workout, List<SqlParameterSource> entries, List<SqlParameterSource> sets) {
		for (int e = 0; e < workout.entries().size(); e++) {
			Entry entry = workout.entries().get(e);
			entries.add(new MapSqlParameterSource("id", entry.id()).addValue("workout", workout.id())
				.addValue("position", e)
				.addValue("exercise", entry.exerciseId())
				.addValue("superset", entry.supersetGroup())
				.addValue("notes", entry.notes()));
			for (int s = 0; s < entry.sets().size(); s++) {
				LoggedSet set = entry.sets().get(s);
				sets.add(new MapSqlParameterSource("id", set.id()).addValue("entry", entry.id())
					.addValue("workout", workout.id())
					.addValue("owner", workout.ownerId())
					.addValue("exercise", entry.exerciseId())
					.addValue("performedAt", Rows.timestamp(workout.startedAt()))
					.addValue("position", s)
					.addValue("type", set.type().name())
					.addValue("reps", set.reps())
					.addValue("weight", set.weightKg())
					.addValue("rpe", set.rpe())
					.addValue("rir", set.rir())
					.addValue("duration", set.durationSeconds())
					.addValue("distance", set.distanceMetres())
					.addValue("rest", set.restSeconds())
					.addValue("completed", set.completed()));
			}
		}
	}

	private static MapSqlParameterSource header(Workout workout) {
		return new MapSqlParameterSource("id", workout.id()).addValue("owner", workout.ownerId())
			.addValue("name", workout.name())
			.addValue("notes", workout.notes())
			.addValue("startedAt", Rows.timestamp(workout.startedAt()))
			.addValue("endedAt", Rows.timestamp(workout.endedAt()))
			.addValue("status", workout.status().name())
			.addValue("routineId", workout.routineId())
			.addValue("routineDayId", workout.routineDayId());
	}
}
