package io.repwise.workout.exercise;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private exercises an import creates for names the library does not have. Each takes the facts
 * (category, muscles, equipment…) of the library exercise it was modelled on, the tracking its
 * logged sets show, and the import's id, so that undoing the import removes it again.
 */
@Component
public class ImportedExercises {

	private final NamedParameterJdbcTemplate jdbc;

	private final ExerciseEditor editor;

	ImportedExercises(NamedParameterJdbcTemplate jdbc, ExerciseEditor editor) {
		this.jdbc = jdbc;
		this.editor = editor;
	}

	/** How many more private exercises the lifter may have. */
	public int room(UUID owner) {
		return ExerciseEditor.MAX_CUSTOM_PER_USER - this.editor.customCount(owner);
	}

	/**
	 * @param tracking how the imported sets were measured: {@code WEIGHT_REPS}, {@code REPS},
	 * {@code DURATION} or {@code DISTANCE_DURATION}
	 * @return the new exercise's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID create(UUID owner, String name, UUID modelId, String tracking, UUID importId) {
		if (!ExerciseEditor.TRACKING.contains(tracking)) {
			throw new IllegalArgumentException("Unknown tracking " + tracking);
		}
		UUID id = UUID.randomUUID();
		int created = this.jdbc.update("""
				INSERT INTO exercise (id, name, category, muscle_group, difficulty, equipment, mechanic, force, tracking, met,
				                      primary_muscles, secondary_muscles, instructions, owner_id, import_id)
				SELECT :id, :name, CASE WHEN :tracking = 'DISTANCE_DURATION' THEN 'CARDIO' ELSE m.category END,
				       m.muscle_group, m.difficulty, m.equipment, m.mechanic, m.force, :tracking, m.met,
				       m.primary_muscles, m.secondary_muscles, '{}', :owner, :import
				FROM exercise m WHERE m.id = :model AND (m.owner_id IS NULL OR m.owner_id = :owner)""",
				new MapSqlParameterSource("id", id).addValue("name", name.trim())
					.addValue("tracking", tracking)
					.addValue("owner", owner)
					.addValue("import", importId)
					.addValue("model", modelId));
		if (created != 1) {
			throw new IllegalArgumentException("No exercise " + modelId + " to model " + name + " on");
		}
		this.editor.evictAfterCommit();
		return id;
	}

	/**
	 * Creates a private exercise as a Repwise export defined it, its vocabulary checked as the API
	 * checks it; returns its id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID createDefined(UUID owner, ExerciseView definition, UUID importId) {
		UUID id = UUID.randomUUID();
		ExerciseRequest request = new ExerciseRequest(definition.name(), definition.category(), definition.muscleGroup(),
				definition.difficulty(), definition.equipment(), definition.mechanic(), definition.force(),
				definition.tracking(), definition.met(), definition.primaryMuscles(), definition.secondaryMuscles(),
				definition.instructions(), false);
		this.jdbc.update("""
				INSERT INTO exercise (id, name, category, muscle_group, difficulty, equipment, mechanic, force, tracking, met,
				                      primary_muscles, secondary_muscles, instructions, owner_id, import_id)
				VALUES (:id, :name, :category, :group, :difficulty, :equipment, :mechanic, :force, :tracking, :met,
				        :primary, :secondary, :instructions, :owner, :import)""",
				ExerciseEditor.parameters(id, owner, request).addValue("import", importId));
		this.editor.evictAfterCommit();
		return id;
	}

	/** Removes the exercises the import created that nothing uses any more; returns how many. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int deleteUnused(UUID owner, UUID importId) {
		List<UUID> removed = this.jdbc.queryForList("""
				DELETE FROM exercise e WHERE e.owner_id = :owner AND e.import_id = :import
				  AND NOT EXISTS (SELECT 1 FROM workout_exercise w WHERE w.exercise_id = e.id)
				  AND NOT EXISTS (SELECT 1 FROM routine_exercise r WHERE r.exercise_id = e.id)
				RETURNING e.id""", new MapSqlParameterSource("owner", owner).addValue("import", importId), UUID.class);
		if (!removed.isEmpty()) {
			this.editor.evictAfterCommit();
		}
		return removed.size();
	}

}
