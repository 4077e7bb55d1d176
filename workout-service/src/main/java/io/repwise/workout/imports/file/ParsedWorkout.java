package io.repwise.workout.imports.file;

import java.time.Instant;
import java.util.List;

/**
 * One workout of the file, its times already placed in the lifter's zone.
 *
 * @param line the physical line of its first row, to point a person at it
 * @param endedAt {@code null} when the file does not say, or says something implausible
 * @param notes {@code null} when none
 * @param exercises in file order
 */
public record ParsedWorkout(int line, String name, Instant startedAt, Instant endedAt, String notes,
		List<ParsedExercise> exercises) {

	public ParsedWorkout {
		exercises = List.copyOf(exercises);
	}

}
