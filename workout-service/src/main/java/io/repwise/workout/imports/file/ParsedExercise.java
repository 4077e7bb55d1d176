package io.repwise.workout.imports.file;

import java.util.List;

/**
 * An exercise as the file names it: matching the name to the library is the importer's job, not
 * the reader's, so unusual names pass through untouched.
 *
 * @param supersetGroup exercises of one workout with the same number were done as a superset;
 * numbered 1, 2, … within the workout in order of appearance, whatever the file numbered them;
 * {@code null} when not in one
 * @param notes {@code null} when none
 * @param sets in file order
 */
public record ParsedExercise(String name, Integer supersetGroup, String notes, List<ParsedSet> sets) {

	public ParsedExercise {
		sets = List.copyOf(sets);
	}

}
