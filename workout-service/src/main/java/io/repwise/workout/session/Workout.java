package io.repwise.workout.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A logged workout with its exercises and sets, in stored units (kg, m, s). Changes produce a new
 * value; the repository stores the whole aggregate at once.
 */
public record Workout(UUID id, UUID ownerId, String name, String notes, Instant startedAt, Instant endedAt,
		WorkoutStatus status, UUID routineId, UUID routineDayId, List<Entry> entries) {

	public Workout {
		entries = List.copyOf(entries);
	}

	/** One exercise in the workout, in order; entries sharing a superset group alternate. */
	public record Entry(UUID id, UUID exerciseId, Integer supersetGroup, String notes, List<LoggedSet> sets) {

		public Entry {
			sets = List.copyOf(sets);
		}

		Entry withSets(List<LoggedSet> newSets) {
			return new Entry(this.id, this.exerciseId, this.supersetGroup, this.notes, newSets);
		}

	}

	/** One set as logged; any measure may be absent, depending on how the exercise is tracked. */
	public record LoggedSet(UUID id, SetType type, Integer reps, Double weightKg, Double rpe, Integer rir,
			Integer durationSeconds, Double distanceMetres, Integer restSeconds, boolean completed) {

		double volumeKg() {
			return (this.completed && this.type != SetType.WARMUP && this.reps != null && this.weightKg != null)
					? this.reps * this.weightKg : 0;
		}

	}

	public boolean isCompleted() {
		return this.status == WorkoutStatus.COMPLETED;
	}

	Workout withEntries(List<Entry> newEntries) {
		return new Workout(this.id, this.ownerId, this.name, this.notes, this.startedAt, this.endedAt, this.status,
				this.routineId, this.routineDayId, newEntries);
	}

	Workout completedAt(Instant end) {
		return new Workout(this.id, this.ownerId, this.name, this.notes, this.startedAt, end, WorkoutStatus.COMPLETED,
				this.routineId, this.routineDayId, this.entries);
	}

	Duration duration() {
		return (this.endedAt != null) ? Duration.between(this.startedAt, this.endedAt) : null;
	}

	long completedSets() {
		return this.entries.stream().flatMap((entry) -> entry.sets().stream()).filter(LoggedSet::completed).count();
	}

	double volumeKg() {
		return this.entries.stream().flatMap((entry) -> entry.sets().stream()).mapToDouble(LoggedSet::volumeKg).sum();
	}

	List<UUID> exerciseIds() {
		return this.entries.stream().map(Entry::exerciseId).distinct().toList();
	}

}
