package io.repwise.common.event;

import java.util.UUID;

/**
 * A personal record was set (workout-service, one per new record, in the completing transaction).
 *
 * @param workoutId the workout it was set in
 * @param exerciseId the exercise
 * @param exerciseName the exercise's name, or {@code null} when it could not be read
 * @param kind {@code HEAVIEST_WEIGHT}, {@code REPS_AT_WEIGHT}, {@code ESTIMATED_1RM},
 * {@code SESSION_VOLUME}, {@code LONGEST_DISTANCE} or {@code FASTEST_PACE}
 * @param value the record, in {@code unit}
 * @param unit {@code kg}, {@code reps}, {@code m} or {@code s/km}
 * @param weightKg the weight a {@code REPS_AT_WEIGHT} record is for, else 0
 * @param previousValue the record it beat, or {@code null} for the first
 * @param units how the user reads weights: {@code metric} or {@code imperial}
 */
public record PersonalRecordAchieved(UUID workoutId, UUID exerciseId, String exerciseName, String kind, double value,
		String unit, double weightKg, Double previousValue, String units) implements DomainEvent {
}
