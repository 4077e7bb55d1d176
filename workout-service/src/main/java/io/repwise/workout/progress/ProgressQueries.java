package io.repwise.workout.progress;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reads behind progress. Each is one range scan of a {@code workout_set} index by owner
 * (and exercise) and time; the join to {@code workout} only keeps completed workouts. The time
 * range is repeated on {@code workout.started_at} (equal to the sets' {@code performed_at}) so the
 * planner can start from the owner's few workouts in the range instead of guessing.
 * {@code bench/progress-queries.sh} shows their plans and timings over five years of history.
 */
@Repository
class ProgressQueries {

	private final NamedParameterJdbcTemplate jdbc;

	ProgressQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PerformedSet> exerciseSets(UUID owner, UUID exerciseId, Instant from, Instant to) {
		return this.jdbc.query("""
				SELECT s.id, s.workout_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s,
				       s.distance_m, s.completed
				FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :owner AND w.status = 'COMPLETED'
				WHERE s.owner_id = :owner AND s.exercise_id = :exercise AND s.performed_at >= :from AND s.performed_at < :to
				ORDER BY s.performed_at, s.id""", range(owner, from, to).addValue("exercise", exerciseId),
				(row, i) -> PerformedSets.from(row));
	}

	List<WeeklyVolume.TrainedSet> trainedSets(UUID owner, Instant from, Instant to) {
		List<WeeklyVolume.TrainedSet> sets = new ArrayList<>();
		this.jdbc.query("""
				SELECT s.id, s.workout_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s,
				       s.distance_m, s.completed, e.category, e.muscle_group, e.secondary_muscles
				FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :owner AND w.status = 'COMPLETED'
				JOIN exercise e ON e.id = s.exercise_id
				WHERE s.owner_id = :owner AND s.performed_at >= :from AND s.performed_at < :to
				  AND w.started_at >= :from AND w.started_at < :to""", range(owner, from, to),
				(ResultSet row) -> {
					Array secondary = row.getArray("secondary_muscles");
					sets.add(new WeeklyVolume.TrainedSet(PerformedSets.from(row), row.getString("category"), row.getString("muscle_group"),
							(secondary != null) ? Arrays.asList((String[]) secondary.getArray()) : List.of()));
				});
		return sets;
	}

	/** Completed workouts in a range: start, end and the routine they came from. */
	List<CompletedWorkout> completedWorkouts(UUID owner, Instant from, Instant to) {
		return this.jdbc.query("""
				SELECT started_at, ended_at, routine_id FROM workout
				WHERE owner_id = :owner AND status = 'COMPLETED' AND started_at >= :from AND started_at < :to
				ORDER BY started_at""", range(owner, from, to),
				(row, i) -> new CompletedWorkout(row.getTimestamp("started_at").toInstant(),
						(row.getTimestamp("ended_at") != null) ? row.getTimestamp("ended_at").toInstant() : null,
						row.getObject("routine_id", UUID.class)));
	}

	/**
	 * Every date (in {@code zone}) the owner completed a workout, for streaks. The dates are taken
	 * in Java, not with {@code AT TIME ZONE}: PostgreSQL reads offsets such as {@code +05:30} with
	 * the POSIX sign (the other way round) and may not know every zone the JDK knows.
	 */
	Set<LocalDate> trainingDays(UUID owner, ZoneId zone) {
		Set<LocalDate> days = new HashSet<>();
		this.jdbc.query("SELECT started_at FROM workout WHERE owner_id = :owner AND status = 'COMPLETED'",
				new MapSqlParameterSource("owner", owner),
				(ResultSet row) -> {
					days.add(LocalDate.ofInstant(row.getTimestamp("started_at").toInstant(), zone));
				});
		return days;
	}

	record CompletedWorkout(Instant startedAt, Instant endedAt, UUID routineId) {
	}

	/** The owner's active routine: id, name, days per week and since when. */
	List<ActiveRoutine> activeRoutine(UUID owner) {
		return this.jdbc.query("""
				SELECT id, name, days_per_week, activated_at FROM routine WHERE owner_id = :owner AND activated_at IS NOT NULL""",
				new MapSqlParameterSource("owner", owner), (row, i) -> new ActiveRoutine(row.getObject("id", UUID.class),
						row.getString("name"), row.getInt("days_per_week"), row.getTimestamp("activated_at").toInstant()));
	}

	record ActiveRoutine(UUID id, String name, int daysPerWeek, Instant activatedAt) {
	}

	private static MapSqlParameterSource range(UUID owner, Instant from, Instant to) {
		return new MapSqlParameterSource("owner", owner).addValue("from", Timestamp.from(from))
			.addValue("to", Timestamp.from(to));
	}

}
