package io.repwise.common.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A workout was completed (workout-service, in the completing transaction).
 *
 * @param workoutId the workout
 * @param name its name
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param durationSeconds from start to end
 * @param exerciseCount exercises in it
 * @param completedSets sets marked completed
 * @param volumeKg weight × reps over the completed sets, warm-ups excluded, in kilograms
 * @param newRecords how many personal records it set
 * @param weekStreak consecutive training weeks, this one included, counted in {@code zone}
 * @param zone the user's time zone (IANA id), UTC when they never set one
 * @param units how the user reads weights: {@code metric} or {@code imperial}
 */
public record WorkoutCompleted(UUID workoutId, String name, Instant startedAt, Instant endedAt, long durationSeconds,
		int exerciseCount, int completedSets, double volumeKg, int newRecords, int weekStreak, String zone, String units)
		implements DomainEvent {
}
