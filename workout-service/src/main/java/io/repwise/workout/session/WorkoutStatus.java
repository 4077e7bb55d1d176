package io.repwise.workout.session;

/** A workout is logged while in progress and counts towards progress once completed. */
public enum WorkoutStatus {

	IN_PROGRESS, COMPLETED

}
