package io.repwise.workout.imports.file;

import java.util.List;
import java.util.Locale;

import io.repwise.common.request.UnitSystem;
import io.repwise.training.WeightUnit;
import io.repwise.workout.session.SetType;

/**
 * Reads the three Strong layouts, which differ in units and workout keys but not in what a row
 * is. {@code Set Order} says what a row is: a number is a working set, {@code W} a warm-up,
 * {@code D} a drop set, {@code F} a failure set, and {@code Rest Timer} is no set at all but the
 * rest after the set before it, which is where that rest is kept.
 */
final class StrongCsv implements RowReader {

	static final int MAX_WORKOUT_NOTES = 2000;

	static final int MAX_EXERCISE_NOTES = 500;

	private final HistoryFormat format;

	/** The file's weight unit; {@code null} in the legacy layout, which gives one per row. */
	private final WeightUnit weightUnit;

	private final DistanceUnit distanceUnit;

	private HistoryRow previous;

	/**
	 * @param units the units of a layout that names none (v5), said in {@code assumptions}
	 */
	StrongCsv(HistoryFormat format, Header header, UnitSystem units, List<String> assumptions) {
		this.format = format;
		switch (format) {
			case STRONG_V6 -> {
				this.weightUnit = header.weightUnit();
				this.distanceUnit = header.distanceUnit();
			}
			case STRONG_V5 -> {
				this.weightUnit = units.weight();
				this.distanceUnit = DistanceUnit.of(units);
				assumptions.add("Weights read as " + units.weightUnit() + " and distances as " + units.distanceUnit()
						+ ": the file does not say (pass units= to change).");
			}
			default -> {
				this.weightUnit = null;
				this.distanceUnit = null;
			}
		}
	}

	@Override
	public HistoryRow read(RowCells row) {
		HistoryRow before = this.previous;
		this.previous = null;
		HistoryRow.WorkoutCells workout = workout(row);
		String exercise = row.name(Column.EXERCISE_NAME);
		String order = row.text(Column.SET_ORDER);
		if (order.equalsIgnoreCase("rest timer")) {
			Integer rest = SetValues.restSeconds(row, Column.SECONDS);
			if (rest != null && before != null && before.workout.key().equals(workout.key())
					&& before.exerciseName.equals(exercise)) {
				before.restSeconds = rest;
			}
			return null;
		}
		SetType type = type(row, order);
		Double weightKg = SetValues.weightKg(row, Column.WEIGHT, weightUnit(row));
		Integer reps = SetValues.reps(row, Column.REPS);
		Double rpe = SetValues.rpe(row, Column.RPE);
		Double metres = SetValues.distanceMetres(row, Column.DISTANCE, distanceUnit(row));
		Integer seconds = SetValues.setSeconds(row, Column.SECONDS);
		reps = SetValues.effort(row, reps, weightKg, seconds, metres);
		HistoryRow read = new HistoryRow(row.line(), workout, exercise, null,
				row.note(Column.EXERCISE_NOTES, MAX_EXERCISE_NOTES), type, reps, weightKg, rpe, seconds, metres);
		this.previous = read;
		return read;
	}

	@Override
	public void skipped() {
		this.previous = null;
	}

	private HistoryRow.WorkoutCells workout(RowCells row) {
		String name = row.name(Column.WORKOUT_NAME);
		HistoryRow.DateCell started = HistoryRow.DateCell.of(row, Column.STARTED);
		RowCells.Note notes = row.note(Column.WORKOUT_NOTES, MAX_WORKOUT_NOTES);
		if (this.format == HistoryFormat.STRONG_V6) {
			Double number = row.number(Column.WORKOUT_NUMBER);
			if (number == null || number < 0 || number != Math.rint(number)) {
				throw row.reject(Column.WORKOUT_NUMBER,
						BadValue.quote(row.text(Column.WORKOUT_NUMBER)) + " is not a workout number");
			}
			Double seconds = row.number(Column.DURATION);
			if (seconds != null && seconds < 0) {
				throw row.reject(Column.DURATION, BadValue.quote(row.text(Column.DURATION)) + " is negative");
			}
			return new HistoryRow.WorkoutCells("#" + number.longValue(), name, started, null,
					(seconds != null) ? Math.round(seconds) : null, notes);
		}
		Long seconds;
		try {
			seconds = Durations.seconds(row.text(Column.DURATION));
		}
		catch (BadValue ex) {
			throw row.reject(Column.DURATION, ex.getMessage());
		}
		return new HistoryRow.WorkoutCells(started.text() + "\n" + name, name, started, null, seconds, notes);
	}

	private static SetType type(RowCells row, String order) {
		if (order.isEmpty() || order.chars().allMatch(Character::isDigit)) {
			return SetType.WORKING;
		}
		return switch (order.toUpperCase(Locale.ROOT)) {
			case "W" -> SetType.WARMUP;
			case "D" -> SetType.DROP;
			case "F" -> SetType.FAILURE;
			default -> throw row.reject(Column.SET_ORDER,
					BadValue.quote(order) + " is none of a set number, W, D, F or Rest Timer");
		};
	}

	private WeightUnit weightUnit(RowCells row) {
		if (this.weightUnit != null) {
			return this.weightUnit;
		}
		String text = row.text(Column.WEIGHT_UNIT);
		WeightUnit unit = switch (text.toLowerCase(Locale.ROOT)) {
			case "kg", "kgs" -> WeightUnit.KG;
			case "lb", "lbs" -> WeightUnit.LB;
			case "" -> null;
			default -> throw row.reject(Column.WEIGHT_UNIT, BadValue.quote(text) + " is neither kg nor lbs");
		};
		if (unit == null) {
			Double weight = row.number(Column.WEIGHT);
			if (weight != null && weight > 0) {
				throw row.reject(Column.WEIGHT_UNIT,
						"no unit for the weight " + BadValue.quote(row.text(Column.WEIGHT)) + " (kg or lbs)");
			}
			return WeightUnit.KG;
		}
		return unit;
	}

	private DistanceUnit distanceUnit(RowCells row) {
		if (this.distanceUnit != null) {
			return this.distanceUnit;
		}
		String text = row.text(Column.DISTANCE_UNIT);
		if (text.isEmpty()) {
			Double distance = row.number(Column.DISTANCE);
			if (distance != null && distance > 0) {
				throw row.reject(Column.DISTANCE_UNIT,
						"no unit for the distance " + BadValue.quote(row.text(Column.DISTANCE)) + " (km, mi or m)");
			}
			return DistanceUnit.METRES;
		}
		DistanceUnit unit = DistanceUnit.parse(text);
		if (unit == null) {
			throw row.reject(Column.DISTANCE_UNIT, BadValue.quote(text) + " is none of km, mi or m");
		}
		return unit;
	}

}
