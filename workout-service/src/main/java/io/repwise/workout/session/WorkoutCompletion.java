package io.repwise.workout.session;

import io.repwise.common.request.UnitSystem;

/**
 * Published in-process, inside the completing transaction, so other features (routine
 * progression) react atomically with the completion itself.
 *
 * @param units the units the lifter completed in: progression rounds loads to their plates
 */
public record WorkoutCompletion(Workout workout, UnitSystem units) {
}
