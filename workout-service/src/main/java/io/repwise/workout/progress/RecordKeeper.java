package io.repwise.workout.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the {@code personal_record} table equal to {@link RecordBook}'s verdict over each
 * exercise's completed history. Runs inside the transaction that changed the history.
 */
@Component
public class RecordKeeper {

	private final NamedParameterJdbcTemplate jdbc;

	RecordKeeper(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A record a workout set, and the value it beat ({@code null} when there was none at that key). */
	public record NewRecord(PersonalRecord record, Double previousValue) {
	}

	/** Re-derives the owner's records for these exercises (after an edit or a delete). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<UUID, List<PersonalRecord>> recompute(UUID owner, Collection<UUID> exerciseIds) {
		if (exerciseIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<PerformedSet>> history = completedHistory(owner, exerciseIds);
		Map<UUID, List<PersonalRecord>> records = new LinkedHashMap<>();
		for (UUID exerciseId : exerciseIds) {
			records.put(exerciseId, RecordBook.compute(exerciseId, history.getOrDefault(exerciseId, List.of())));
		}
		MapSqlParameterSource scope = new MapSqlParameterSource("owner", owner).addValue("exercises", exerciseIds);
		this.jdbc.update("DELETE FROM personal_record WHERE owner_id = :owner AND exercise_id IN (:exercises)", scope);
		List<SqlParameterSource> rows = records.values()
			.stream()
			.flatMap(List::stream)
			.map((record) -> (SqlParameterSource) new MapSqlParameterSource("owner", owner)
				.addValue("exercise", record.exerciseId())
				.addValue("kind", record.kind().name())
				.addValue("weight", record.weightKg())
				.addValue("value", record.value())
				.addValue("workout", record.workoutId())
				.addValue("set", record.setId())
				.addValue("achievedAt", Timestamp.from(record.achievedAt())))
			.toList();
		this.jdbc.batchUpdate("""
				INSERT INTO personal_record (owner_id, exercise_id, kind, weight_kg, value, workout_id, set_id, achieved_at)
				VALUES (:owner, :exercise, :kind, :weight, :value, :workout, :set, :achievedAt)""",
				rows.toArray(SqlParameterSource[]::new));
		return records;
	}

	/**
	 * Re-derives records after {@code workoutId} was completed and returns the ones it set. An
	 * exercise's first ever session sets every record trivially, so it announces none; and a set
	 * that is a new heaviest weight is not announced again as best reps at that weight.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<NewRecord> recordCompletion(UUID owner, UUID workoutId, Collection<UUID> exerciseIds) {
		Map<UUID, Map<String, PersonalRecord>> before = current(owner, exerciseIds).stream()
			.collect(Collectors.groupingBy(PersonalRecord::exerciseId, LinkedHashMap::new,
					Collectors.toMap(PersonalRecord::key, (record) -> record)));
		Map<UUID, List<PersonalRecord>> after = recompute(owner, exerciseIds);
		List<NewRecord> news = new ArrayList<>();
		after.forEach((exerciseId, records) -> {
			Map<String, PersonalRecord> previous = before.get(exerciseId);
			if (previous == null || previous.isEmpty()) {
				return;
			}
			// A tie moves a record to this workout when it is dated earlier; that is no news.
			List<PersonalRecord> improved = records.stream()
				.filter((record) -> record.workoutId().equals(workoutId))
				.filter((record) -> {
					PersonalRecord beaten = previous.get(record.key());
					return beaten == null || record.kind().beats(record.value(), beaten.value());
				})
				.toList();
			Set<UUID> newHeaviestSets = improved.stream()
				.filter((record) -> record.kind() == RecordKind.HEAVIEST_WEIGHT)
				.map(PersonalRecord::setId)
				.collect(Collectors.toSet());
			for (PersonalRecord record : improved) {
				boolean repeatsHeaviest = record.kind() == RecordKind.REPS_AT_WEIGHT && newHeaviestSets.contains(record.setId());
				if (!repeatsHeaviest) {
					PersonalRecord beaten = previous.get(record.key());
					news.add(new NewRecord(record, (beaten != null) ? beaten.value() : null));
				}
			}
		});
		return news;
	}

	public List<PersonalRecord> current(UUID owner, Collection<UUID> exerciseIds) {
		if (exerciseIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT exercise_id, kind, weight_kg, value, workout_id, set_id, achieved_at FROM personal_record
				WHERE owner_id = :owner AND exercise_id IN (:exercises)
				ORDER BY exercise_id, kind, weight_kg DESC""",
				new MapSqlParameterSource("owner", owner).addValue("exercises", exerciseIds), RecordKeeper::record);
	}

	/** All the owner's records, or one exercise's. */
	public List<PersonalRecord> all(UUID owner, UUID exerciseId) {
		return this.jdbc.query("""
				SELECT exercise_id, kind, weight_kg, value, workout_id, set_id, achieved_at FROM personal_record
				WHERE owner_id = :owner AND (CAST(:exercise AS uuid) IS NULL OR exercise_id = CAST(:exercise AS uuid))
				ORDER BY exercise_id, kind, weight_kg DESC""",
				new MapSqlParameterSource("owner", owner).addValue("exercise", exerciseId), RecordKeeper::record);
	}

	static PersonalRecord record(ResultSet row, int i) throws SQLException {
		return new PersonalRecord(row.getObject("exercise_id", UUID.class), RecordKind.valueOf(row.getString("kind")),
				row.getDouble("weight_kg"), row.getDouble("value"), row.getObject("workout_id", UUID.class),
				row.getObject("set_id", UUID.class), row.getTimestamp("achieved_at").toInstant());
	}

	private Map<UUID, List<PerformedSet>> completedHistory(UUID owner, Collection<UUID> exerciseIds) {
		Map<UUID, List<PerformedSet>> history = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT s.id, s.workout_id, s.exercise_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir,
				       s.duration_s, s.distance_m, s.completed
				FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :owner
				WHERE s.owner_id = :owner AND s.exercise_id IN (:exercises) AND w.status = 'COMPLETED'""",
				new MapSqlParameterSource("owner", owner).addValue("exercises", exerciseIds), (ResultSet row) -> {
					history.computeIfAbsent(row.getObject("exercise_id", UUID.class), (key) -> new ArrayList<>())
						.add(PerformedSets.from(row));
				});
		return history;
	}

}
