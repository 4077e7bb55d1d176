package io.repwise.workout.imports.file;

import java.util.Locale;

import io.repwise.workout.session.SetType;

/**
 * Reads Hevy's rows. Hevy writes one row per set with the workout's title and times repeated, so
 * a workout is its title and start time together; {@code superset_id} pairs exercises done as a
 * superset, and {@code set_type} says what the set was for.
 */
final class HevyCsv implements RowReader {

	private final Header header;

	HevyCsv(Header header) {
		this.header = header;
	}

	@Override
	public HistoryRow read(RowCells row) {
		String name = row.name(Column.WORKOUT_NAME);
		HistoryRow.DateCell started = HistoryRow.DateCell.of(row, Column.STARTED);
		HistoryRow.DateCell ended = row.text(Column.ENDED).isEmpty() ? null : HistoryRow.DateCell.of(row, Column.ENDED);
		HistoryRow.WorkoutCells workout = new HistoryRow.WorkoutCells(name + "\n" + started.text(), name, started, ended,
				null, row.note(Column.WORKOUT_NOTES, StrongCsv.MAX_WORKOUT_NOTES));
		String exercise = row.name(Column.EXERCISE_NAME);
		Integer superset = superset(row);
		SetType type = type(row);
		Double weightKg = SetValues.weightKg(row, Column.WEIGHT, this.header.weightUnit());
		Integer reps = SetValues.reps(row, Column.REPS);
		Double metres = SetValues.distanceMetres(row, Column.DISTANCE, this.header.distanceUnit());
		Integer seconds = SetValues.setSeconds(row, Column.SECONDS);
		Double rpe = SetValues.rpe(row, Column.RPE);
		reps = SetValues.effort(row, reps, weightKg, seconds, metres);
		return new HistoryRow(row.line(), workout, exercise, superset,
				row.note(Column.EXERCISE_NOTES, StrongCsv.MAX_EXERCISE_NOTES), type, reps, weightKg, rpe, seconds,
				metres);
	}

	@Override
	public void skipped() {
	}

	private static Integer superset(RowCells row) {
		Double id = row.number(Column.SUPERSET);
		if (id != null && (id < 0 || id != Math.rint(id) || id > 1_000_000)) {
			throw row.reject(Column.SUPERSET, BadValue.quote(row.text(Column.SUPERSET)) + " is not a superset number");
		}
		return (id != null) ? id.intValue() : null;
	}

	private static SetType type(RowCells row) {
		String text = row.text(Column.SET_TYPE);
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "", "normal" -> SetType.WORKING;
			case "warmup" -> SetType.WARMUP;
			case "dropset" -> SetType.DROP;
			case "failure" -> SetType.FAILURE;
			default -> throw row.reject(Column.SET_TYPE,
					BadValue.quote(text) + " is none of normal, warmup, dropset or failure");
		};
	}

}
