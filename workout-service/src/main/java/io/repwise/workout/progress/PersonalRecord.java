package io.repwise.workout.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * A record and the set that made it.
 *
 * @param weightKg the weight a {@link RecordKind#REPS_AT_WEIGHT} record is for; 0 for other kinds
 * @param setId the set that made the record; {@code null} for session volume, made by a workout
 */
public record PersonalRecord(UUID exerciseId, RecordKind kind, double weightKg, double value, UUID workoutId,
		UUID setId, Instant achievedAt) {

	/** Kinds are unique per exercise except reps-at-weight, which is kept per weight. */
	public String key() {
		return this.kind + "@" + this.weightKg;
	}

}
