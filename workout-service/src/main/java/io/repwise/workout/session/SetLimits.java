package io.repwise.workout.session;

import java.util.UUID;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.UnitSystem;
import io.repwise.workout.session.Workout.LoggedSet;
import io.repwise.workout.session.WorkoutDtos.SetRequest;

/**
 * Turns a set as typed into a stored set, refusing what no human lifts or runs. The caps are in
 * stored units so they mean the same in pounds: 1,000 kg is beyond any lift on record, 1,000 km
 * beyond any single effort worth logging as one set.
 */
final class SetLimits {

	static final double MAX_WEIGHT_KG = 1000;

	static final double MAX_DISTANCE_METRES = 1_000_000;

	private SetLimits() {
	}

	/**
	 * @param field the set's path in the request, such as {@code exercises[0].sets[2]}, for
	 * error messages
	 */
	static LoggedSet toStored(UUID id, SetRequest set, UnitSystem units, String field) {
		Double weightKg = units.toKilograms(set.weight());
		if (weightKg != null && weightKg > MAX_WEIGHT_KG) {
			throw new InvalidFieldException(field + ".weight",
					"must be at most " + units.fromKilograms(MAX_WEIGHT_KG) + " " + units.weightUnit());
		}
		Double metres = units.toMetres(set.distance());
		if (metres != null && metres > MAX_DISTANCE_METRES) {
			throw new InvalidFieldException(field + ".distance",
					"must be at most " + units.fromMetres(MAX_DISTANCE_METRES) + " " + units.distanceUnit());
		}
		if (set.rpe() != null && set.rir() != null) {
			throw new InvalidFieldException(field + ".rir", "give RPE or RIR, not both");
		}
		if (set.rpe() != null && set.rpe() * 2 != Math.rint(set.rpe() * 2)) {
			throw new InvalidFieldException(field + ".rpe", "must be in half points, such as 7.5 or 8");
		}
		boolean completed = (set.completed() != null) ? set.completed() : true;
		if (completed && set.reps() == null && set.durationSeconds() == null && set.distance() == null) {
			throw new InvalidFieldException(field, "a completed set needs reps, a duration or a distance");
		}
		SetType type = (set.type() != null) ? set.type() : SetType.WORKING;
		return new LoggedSet(id, type, set.reps(), weightKg, set.rpe(), set.rir(), set.durationSeconds(), metres,
				set.restSeconds(), completed);
	}

}
