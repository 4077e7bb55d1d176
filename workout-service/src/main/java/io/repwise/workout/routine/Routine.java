package io.repwise.workout.routine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.repwise.workout.routine.progression.ProgressionRule;
import io.repwise.workout.routine.progression.Targets;

/**
 * A routine: training days, each a list of prescribed exercises with a progression rule and the
 * rule's current targets. {@code ownerId} is {@code null} for the system's templates.
 *
 * @param deloadEveryWeeks every how many weeks a deload week comes ({@link #isDeloadWeek}), or
 * {@code null} for none scheduled
 */
record Routine(UUID id, UUID ownerId, String name, String description, Goal goal, Level level, int daysPerWeek,
		Integer deloadEveryWeeks, Instant publishedAt, UUID sourceRoutineId, int copies, Instant activatedAt,
		List<Day> days) {

	Routine {
		days = List.copyOf(days);
	}

	enum Goal {

		STRENGTH, HYPERTROPHY, ENDURANCE, FAT_LOSS, GENERAL_FITNESS

	}

	enum Level {

		BEGINNER, INTERMEDIATE, ADVANCED

	}

	record Day(UUID id, String name, List<Prescription> exercises) {

		Day {
			exercises = List.copyOf(exercises);
		}

	}

	/** One exercise of a day: what to do, how it progresses, and where that progression stands. */
	record Prescription(UUID id, UUID exerciseId, Integer supersetGroup, int sets, int repMin, int repMax,
			Double targetRpe, Double percentOf1rm, Integer restSeconds, ProgressionRule rule, Targets state,
			String lastDecision) {

		Prescription withState(Targets newState, String decision) {
			return new Prescription(this.id, this.exerciseId, this.supersetGroup, this.sets, this.repMin, this.repMax,
					this.targetRpe, this.percentOf1rm, this.restSeconds, this.rule, newState, decision);
		}

	}

	/**
	 * Whether {@code at} falls in a scheduled deload week: the weeks since activation are counted
	 * in whole 7-day periods, and every {@code deloadEveryWeeks}-th one (the 4th, 8th … for 4) is a
	 * deload. A routine that is not active has no week count, so no deload.
	 */
	boolean isDeloadWeek(Instant at) {
		if (this.deloadEveryWeeks == null || this.activatedAt == null || at.isBefore(this.activatedAt)) {
			return false;
		}
		long week = Duration.between(this.activatedAt, at).toDays() / 7;
		return (week + 1) % this.deloadEveryWeeks == 0;
	}

	boolean isTemplate() {
		return this.ownerId == null;
	}

	boolean isPublished() {
		return this.publishedAt != null;
	}

	boolean isOwnedBy(UUID user) {
		return user != null && user.equals(this.ownerId);
	}

	/** Templates and published routines are for everyone; others only for their owner. */
	boolean isVisibleTo(UUID user) {
		return isTemplate() || isPublished() || isOwnedBy(user);
	}

}
