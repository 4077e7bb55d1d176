package io.repwise.workout.imports.file;

/**
 * What a column means, whatever a format calls it, so one reader serves layouts that only
 * rename or reorder columns.
 */
enum Column {

	WORKOUT_NUMBER, STARTED, ENDED, WORKOUT_NAME, DURATION, WORKOUT_NOTES, EXERCISE_NAME, SUPERSET, EXERCISE_NOTES,
	SET_INDEX, SET_ORDER, SET_TYPE, WEIGHT, WEIGHT_UNIT, REPS, RPE, DISTANCE, DISTANCE_UNIT, SECONDS

}
