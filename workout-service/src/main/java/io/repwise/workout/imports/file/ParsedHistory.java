package io.repwise.workout.imports.file;

import java.util.List;

/**
 * A whole file read into one format-neutral shape, with what could not be read and what had to
 * be guessed, so the lifter can check an import before anything is stored.
 *
 * @param workouts sorted by start, earliest first
 * @param problems the rows that were skipped, in file order
 * @param assumptions one sentence per guess the file forced (units, date order, shortened notes)
 */
public record ParsedHistory(HistoryFormat format, List<ParsedWorkout> workouts, List<RowProblem> problems,
		List<String> assumptions) {

	public ParsedHistory {
		workouts = List.copyOf(workouts);
		problems = List.copyOf(problems);
		assumptions = List.copyOf(assumptions);
	}

}
