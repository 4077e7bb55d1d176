package io.repwise.workout.session;

/**
 * Published in-process, inside the completing transaction, so other features (routine
 * progression) react atomically with the completion itself.
 */
public record WorkoutCompletion(Workout workout) {
}
