package io.repwise.workout.routine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.workout.routine.Routine.Day;
import io.repwise.workout.routine.Routine.Goal;
import io.repwise.workout.routine.Routine.Level;
import io.repwise.workout.routine.Routine.Prescription;
import io.repwise.workout.routine.progression.ProgressionRule;
import io.repwise.workout.routine.progression.Targets;

/**
 * A lifter's own routines whole, progression state included, for exports, and routines brought
 * back by an import. A restored routine gets new ids (the old ones may still exist elsewhere),
 * keeps where its progression stood, is active only if the lifter has no active routine yet,
 * and is never published (publishing is the lifter's act); one the lifter already has (same
 * name) is skipped.
 */
@Component
public class RoutineArchive {

	private final RoutineRepository routines;

	private final NamedParameterJdbcTemplate jdbc;

	RoutineArchive(RoutineRepository routines, NamedParameterJdbcTemplate jdbc) {
		this.routines = routines;
		this.jdbc = jdbc;
	}

	/** A routine as exported; rule increments and state loads are in kilograms, as stored. */
	public record RoutineSnapshot(UUID id, @NotBlank @Size(max = 120) String name, @Size(max = 2000) String description,
			@NotNull Goal goal, @NotNull Level level, @NotNull @Min(1) @Max(7) Integer daysPerWeek,
			@Min(2) @Max(12) Integer deloadEveryWeeks, Instant activatedAt,
			@NotNull @Size(min = 1, max = 7) List<@NotNull @Valid DaySnapshot> days) {
	}

	public record DaySnapshot(UUID id, @NotBlank @Size(max = 80) String name,
			@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid PrescriptionSnapshot> exercises) {
	}

	public record PrescriptionSnapshot(@NotNull UUID exerciseId, @Size(max = 120) String exerciseName,
			@Min(1) @Max(20) Integer supersetGroup, @Min(1) @Max(20) int sets, @Min(1) @Max(100) int repMin,
			@Min(1) @Max(100) int repMax, @DecimalMin("1") @DecimalMax("10") Double targetRpe,
			@DecimalMin("30") @DecimalMax("110") Double percentOf1rm, @Min(0) @Max(3600) Integer restSeconds, @NotNull ProgressionRule rule,
			@NotNull Targets state, String lastDecision) {
	}

	/** The lifter's own routines, by name, with each exercise's name from {@code names}. */
	public List<RoutineSnapshot> all(UUID owner, Function<UUID, String> names) {
		return this.routines.headers("r.owner_id = :owner", new MapSqlParameterSource("owner", owner))
			.stream()
			.map((header) -> this.routines.find(header.id()).orElseThrow())
			.map((routine) -> snapshot(routine, names))
			.toList();
	}

	/** The names of the lifter's own routines, lower case: a routine restored under one of them is there already. */
	public Set<String> names(UUID owner) {
		return this.routines.headers("r.owner_id = :owner", new MapSqlParameterSource("owner", owner))
			.stream()
			.map((routine) -> routine.name().trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/** The exercises the snapshots prescribe. */
	public static Set<UUID> exerciseIds(List<RoutineSnapshot> snapshots) {
		return snapshots.stream()
			.flatMap((routine) -> routine.days().stream())
			.flatMap((day) -> day.exercises().stream())
			.map(PrescriptionSnapshot::exerciseId)
			.collect(Collectors.toSet());
	}

	/**
	 * What a restore did.
	 *
	 * @param newIds the new id of every restored routine and day by its old id, so that imported
	 * workouts can point at them
	 * @param unresolved routines left out because an exercise of theirs could not be found
	 */
	public record Restored(Map<UUID, UUID> newIds, int routines, List<String> unresolved) {
	}

	/**
	 * Restores the routines the lifter does not have by name, with exercises mapped through
	 * {@code exerciseIds} (which answers {@code null} for one it cannot place).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Restored restore(UUID owner, List<RoutineSnapshot> snapshots, Function<UUID, UUID> exerciseIds,
			UUID importId) {
		Set<String> present = new HashSet<>(names(owner));
		boolean activeTaken = this.routines.findActive(owner).isPresent();
		Map<UUID, UUID> newIds = new HashMap<>();
		List<String> unresolved = new ArrayList<>();
		int restored = 0;
		for (RoutineSnapshot snapshot : snapshots) {
			boolean placed = snapshot.days()
				.stream()
				.flatMap((day) -> day.exercises().stream())
				.allMatch((p) -> exerciseIds.apply(p.exerciseId()) != null);
			if (!placed) {
				unresolved.add(snapshot.name());
				continue;
			}
			if (!present.add(snapshot.name().trim().toLowerCase(Locale.ROOT))) {
				continue;
			}
			boolean active = snapshot.activatedAt() != null && !activeTaken;
			activeTaken |= active;
			Routine routine = restored(owner, snapshot, exerciseIds, active ? snapshot.activatedAt() : null, newIds);
			this.routines.insert(routine);
			this.jdbc.update("UPDATE routine SET import_id = :import WHERE id = :id",
					new MapSqlParameterSource("import", importId).addValue("id", routine.id()));
			restored++;
		}
		return new Restored(newIds, restored, unresolved);
	}

	/** Removes the routines an import added; returns how many. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int deleteImported(UUID owner, UUID importId) {
		return this.jdbc.update("DELETE FROM routine WHERE owner_id = :owner AND import_id = :import",
				new MapSqlParameterSource("owner", owner).addValue("import", importId));
	}

	private static Routine restored(UUID owner, RoutineSnapshot snapshot, Function<UUID, UUID> exerciseIds,
			Instant activatedAt, Map<UUID, UUID> newIds) {
		UUID id = UUID.randomUUID();
		remember(newIds, snapshot.id(), id);
		List<Day> days = new ArrayList<>();
		for (DaySnapshot day : snapshot.days()) {
			UUID dayId = UUID.randomUUID();
			remember(newIds, day.id(), dayId);
			days.add(new Day(dayId, day.name(), day.exercises()
				.stream()
				.map((p) -> new Prescription(UUID.randomUUID(), exerciseIds.apply(p.exerciseId()), p.supersetGroup(), p.sets(),
						p.repMin(), p.repMax(), p.targetRpe(), p.percentOf1rm(), p.restSeconds(), p.rule(), p.state(),
						p.lastDecision()))
				.toList()));
		}
		return new Routine(id, owner, snapshot.name().trim(), snapshot.description(), snapshot.goal(), snapshot.level(),
				snapshot.daysPerWeek(), snapshot.deloadEveryWeeks(), null, null, 0, activatedAt, days);
	}

	private static void remember(Map<UUID, UUID> newIds, UUID old, UUID fresh) {
		if (old != null) {
			newIds.put(old, fresh);
		}
	}

	private static RoutineSnapshot snapshot(Routine routine, Function<UUID, String> names) {
		return new RoutineSnapshot(routine.id(), routine.name(), routine.description(), routine.goal(), routine.level(),
				routine.daysPerWeek(), routine.deloadEveryWeeks(), routine.activatedAt(), routine.days()
					.stream()
					.map((day) -> new DaySnapshot(day.id(), day.name(), day.exercises()
						.stream()
						.map((p) -> new PrescriptionSnapshot(p.exerciseId(), names.apply(p.exerciseId()), p.supersetGroup(),
								p.sets(), p.repMin(), p.repMax(), p.targetRpe(), p.percentOf1rm(), p.restSeconds(), p.rule(),
								p.state(), p.lastDecision()))
						.toList()))
					.toList());
	}

}
