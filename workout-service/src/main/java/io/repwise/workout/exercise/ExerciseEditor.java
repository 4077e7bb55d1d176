package io.repwise.workout.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.training.MuscleGroups;
import io.repwise.common.problem.InvalidFieldException;

/**
 * Writes to the library: users' private exercises, and administrators' changes to the shared
 * library. Every committed change evicts the cached library reads.
 */
@Service
class ExerciseEditor {

	/** Enough for anyone's own variations, small enough that nobody fills the table. */
	static final int MAX_CUSTOM_PER_USER = 300;

	static final Set<String> FORCES = Set.of("PUSH", "PULL", "STATIC");

	static final Set<String> TRACKING = Set.of("WEIGHT_REPS", "REPS", "DURATION", "DISTANCE_DURATION");

	private final NamedParameterJdbcTemplate jdbc;

	private final ExerciseCatalog catalog;

	private final LibraryCache cache;

	ExerciseEditor(NamedParameterJdbcTemplate jdbc, ExerciseCatalog catalog, LibraryCache cache) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.cache = cache;
	}

	@Transactional
	ExerciseView create(UUID user, boolean admin, ExerciseRequest request) {
		if (request.isShared() && !admin) {
			throw new AccessDeniedException("Only administrators add to the shared library.");
		}
		UUID owner = request.isShared() ? null : user;
		if (owner != null && customCount(owner) >= MAX_CUSTOM_PER_USER) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"You have " + MAX_CUSTOM_PER_USER + " custom exercises, the most allowed; delete one first.");
		}
		UUID id = UUID.randomUUID();
		write("""
				INSERT INTO exercise (id, name, category, muscle_group, difficulty, equipment, mechanic, force, tracking, met,
				                      primary_muscles, secondary_muscles, instructions, owner_id)
				VALUES (:id, :name, :category, :group, :difficulty, :equipment, :mechanic, :force, :tracking, :met,
				        :primary, :secondary, :instructions, :owner)""", parameters(id, owner, request));
		return this.catalog.find(id, user).orElseThrow();
	}

	@Transactional
	ExerciseView update(UUID user, boolean admin, UUID id, ExerciseRequest request) {
		UUID owner = editable(user, admin, id);
		write("""
				UPDATE exercise SET name = :name, category = :category, muscle_group = :group, difficulty = :difficulty,
				       equipment = :equipment, mechanic = :mechanic, force = :force, tracking = :tracking, met = :met,
				       primary_muscles = :primary, secondary_muscles = :secondary, instructions = :instructions,
				       updated_at = now()
				WHERE id = :id""", parameters(id, owner, request));
		return this.catalog.find(id, user).orElseThrow();
	}

	/** An exercise that workouts or routines use cannot go: their history would lose its meaning. */
	@Transactional
	void delete(UUID user, boolean admin, UUID id) {
		editable(user, admin, id);
		try {
			this.jdbc.update("DELETE FROM exercise WHERE id = :id", new MapSqlParameterSource("id", id));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"This exercise is used by workouts or routines and cannot be deleted.");
		}
		evictAfterCommit();
	}

	/** Returns the exercise's owner after checking the caller may change it. */
	private UUID editable(UUID user, boolean admin, UUID id) {
		List<UUID> owners = this.jdbc.query("SELECT owner_id FROM exercise WHERE id = :id FOR UPDATE",
				new MapSqlParameterSource("id", id), (row, i) -> row.getObject("owner_id", UUID.class));
		if (owners.isEmpty()) {
			throw notFound();
		}
		UUID owner = owners.get(0);
		if (owner == null && !admin) {
			throw new AccessDeniedException("Only administrators change the shared library.");
		}
		if (owner != null && !owner.equals(user)) {
			throw notFound();
		}
		return owner;
	}

	private void write(String sql, MapSqlParameterSource parameters) {
		try {
			this.jdbc.update(sql, parameters);
		}
		catch (DuplicateKeyException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "An exercise with this name already exists.");
		}
		evictAfterCommit();
	}

	void evictAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ExerciseEditor.this.cache.evictAll();
			}
		});
	}

	int customCount(UUID owner) {
		return this.jdbc.queryForObject("SELECT count(*) FROM exercise WHERE owner_id = :owner",
				new MapSqlParameterSource("owner", owner), Integer.class);
	}

	static MapSqlParameterSource parameters(UUID id, UUID owner, ExerciseRequest request) {
		return new MapSqlParameterSource("id", id).addValue("owner", owner)
			.addValue("name", request.name().trim())
			.addValue("category", term("category", request.category(), ExerciseQuery.CATEGORIES))
			.addValue("group", term("muscleGroup", request.muscleGroup(), ExerciseQuery.MUSCLE_GROUPS))
			.addValue("difficulty", term("difficulty", request.difficulty(), ExerciseQuery.DIFFICULTIES))
			.addValue("equipment", term("equipment", request.equipment(), ExerciseQuery.EQUIPMENT))
			.addValue("mechanic", term("mechanic", request.mechanic(), ExerciseQuery.MECHANICS))
			.addValue("force", term("force", request.force(), FORCES))
			.addValue("tracking", term("tracking", request.tracking(), TRACKING))
			.addValue("met", request.met())
			.addValue("primary", muscles("primaryMuscles", request.primaryMuscles()))
			.addValue("secondary", muscles("secondaryMuscles", request.secondaryMuscles()))
			.addValue("instructions", (request.instructions() != null)
					? request.instructions().stream().map(String::trim).toArray(String[]::new) : new String[0]);
	}

	private static String term(String field, String value, Set<String> allowed) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String normalized = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (!allowed.contains(normalized)) {
			throw new InvalidFieldException(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return normalized;
	}

	private static String[] muscles(String field, List<String> muscles) {
		if (muscles == null) {
			return new String[0];
		}
		return muscles.stream().map((muscle) -> {
			String normalized = muscle.trim().toLowerCase(Locale.ROOT);
			if (MuscleGroups.of(normalized) == null) {
				throw new InvalidFieldException(field,
						"must name library muscles: " + String.join(", ", MuscleGroups.muscles().stream().sorted().toList()));
			}
			return normalized;
		}).distinct().toArray(String[]::new);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No exercise with this id.");
	}

}
