package io.repwise.workout.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.workout.system.Rows;

/**
 * A lifter's workout history as a whole, for taking it out (exports) and bringing it in
 * (imports): many workouts at a time, without what logging one workout sets off (completion
 * events, notifications, routine progression), and which workouts are already there.
 */
@Component
public class WorkoutArchive {

	/** Workouts read per query while walking a history: a few hundred sets, whatever its length. */
	static final int PAGE = 100;

	private final WorkoutRepository workouts;

	private final NamedParameterJdbcTemplate jdbc;

	WorkoutArchive(WorkoutRepository workouts, NamedParameterJdbcTemplate jdbc) {
		this.workouts = workouts;
		this.jdbc = jdbc;
	}

	/**
	 * Every workout of the owner, oldest first, with exercises and sets, a page at a time. Each
	 * page is its own query, outside any transaction, so a slow reader of the result holds no
	 * database connection while it reads.
	 */
	public void forEach(UUID owner, Consumer<Workout> action) {
		List<Workout> page = this.workouts.pageInStartOrder(owner, null, null, PAGE);
		while (!page.isEmpty()) {
			page.forEach(action);
			Workout last = page.get(page.size() - 1);
			page = (page.size() < PAGE) ? List.of() : this.workouts.pageInStartOrder(owner, last.startedAt(), last.id(), PAGE);
		}
	}

	/** Stores imported workouts as they are: completed ones stay completed, and no event is sent. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void insertImported(List<Workout> imported, UUID importId) {
		this.workouts.insertAll(imported, importId);
	}

	/**
	 * What identifies a workout across apps and exports: its start to the second and its name, in
	 * any case. Two workouts that agree on both are the same session logged twice.
	 */
	public static String identity(Instant startedAt, String name) {
		return startedAt.truncatedTo(ChronoUnit.SECONDS) + "|" + name.trim().toLowerCase(Locale.ROOT);
	}

	/** The {@link #identity identities} of the owner's workouts that started between the two instants. */
	public Set<String> identitiesBetween(UUID owner, Instant from, Instant to) {
		Set<String> found = new HashSet<>();
		this.jdbc.query("""
				SELECT started_at, name FROM workout
				WHERE owner_id = :owner AND started_at >= :from AND started_at < :to""",
				new MapSqlParameterSource("owner", owner).addValue("from", Rows.timestamp(from.truncatedTo(ChronoUnit.SECONDS)))
					.addValue("to", Rows.timestamp(to.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1))),
				(row) -> {
					found.add(identity(Rows.instant(row, "started_at"), row.getString("name")));
				});
		return found;
	}

	/** Deletes what an import added; returns the exercises whose history changed. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<UUID> deleteImported(UUID owner, UUID importId) {
		MapSqlParameterSource scope = new MapSqlParameterSource("owner", owner).addValue("import", importId);
		List<UUID> exercises = this.jdbc.queryForList("""
				SELECT DISTINCT e.exercise_id FROM workout_exercise e JOIN workout w ON w.id = e.workout_id
				WHERE w.owner_id = :owner AND w.import_id = :import""", scope, UUID.class);
		this.jdbc.update("DELETE FROM workout WHERE owner_id = :owner AND import_id = :import", scope);
		return exercises;
	}

}
