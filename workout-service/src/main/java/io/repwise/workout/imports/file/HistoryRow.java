package io.repwise.workout.imports.file;

import io.repwise.workout.session.SetType;

/**
 * One set row read, before its workout is put together: dates stay text until the whole file has
 * said how to read slashed dates. Only {@link #restSeconds} changes later, when a rest-timer row
 * after it gives the rest.
 */
final class HistoryRow {

	final int line;

	final WorkoutCells workout;

	final String exerciseName;

	final Integer superset;

	final RowCells.Note exerciseNotes;

	final SetType type;

	final Integer reps;

	final Double weightKg;

	final Double rpe;

	final Integer durationSeconds;

	final Double distanceMetres;

	Integer restSeconds;

	HistoryRow(int line, WorkoutCells workout, String exerciseName, Integer superset, RowCells.Note exerciseNotes,
			SetType type, Integer reps, Double weightKg, Double rpe, Integer durationSeconds, Double distanceMetres) {
		this.line = line;
		this.workout = workout;
		this.exerciseName = exerciseName;
		this.superset = superset;
		this.exerciseNotes = exerciseNotes;
		this.type = type;
		this.reps = reps;
		this.weightKg = weightKg;
		this.rpe = rpe;
		this.durationSeconds = durationSeconds;
		this.distanceMetres = distanceMetres;
	}

	ParsedSet toSet() {
		return new ParsedSet(this.line, this.type, this.reps, this.weightKg, this.rpe, this.durationSeconds,
				this.distanceMetres, this.restSeconds);
	}

	/**
	 * What a row says about its workout. Each row repeats it; the workout's first row is taken.
	 *
	 * @param key rows with the same key are one workout
	 * @param ended {@code null} when the format gives a duration instead, or the cell is empty
	 * @param durationSeconds {@code null} when the format gives an end instead, or the cell is empty
	 */
	record WorkoutCells(String key, String name, DateCell started, DateCell ended, Long durationSeconds,
			RowCells.Note notes) {
	}

	/** A date as written, with where it was written, for messages. */
	record DateCell(String text, int column, String header) {

		static DateCell of(RowCells row, Column column) {
			return new DateCell(row.text(column), row.column(column), row.header(column));
		}

	}

}
