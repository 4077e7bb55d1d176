package io.repwise.workout.imports.file;

import io.repwise.common.request.UnitSystem;
import io.repwise.training.WeightUnit;

/**
 * Turns a set's cells into stored units and refuses what no human lifts or runs, with the same
 * caps as a set typed in the app, so an import cannot store what the API would refuse. Exports
 * write 0 in cells a set does not use, so a zero duration or distance means none; a zero weight
 * stays (bodyweight), and zero reps stay only as a missed attempt at a weight.
 */
final class SetValues {

	static final double MAX_WEIGHT_KG = 1000;

	static final int MAX_REPS = 1000;

	static final int MAX_SET_SECONDS = 86_400;

	static final int MAX_REST_SECONDS = 3600;

	static final double MAX_DISTANCE_METRES = 1_000_000;

	private SetValues() {
	}

	/** Kilograms to the gram, as {@link UnitSystem#toKilograms(Double)} rounds a typed weight. */
	static Double weightKg(RowCells row, Column column, WeightUnit unit) {
		Double weight = nonNegative(row, column);
		if (weight == null) {
			return null;
		}
		double kilograms = ((unit == WeightUnit.LB) ? UnitSystem.IMPERIAL : UnitSystem.METRIC).toKilograms(weight);
		if (kilograms > MAX_WEIGHT_KG) {
			throw row.reject(column, shown(row, column) + " " + unit.symbol() + " is more than 1,000 kg (2,204.62 lb)");
		}
		return kilograms;
	}

	static Integer reps(RowCells row, Column column) {
		Double reps = nonNegative(row, column);
		if (reps == null) {
			return null;
		}
		if (reps != Math.rint(reps)) {
			throw row.reject(column, shown(row, column) + " is not a whole number of reps");
		}
		if (reps > MAX_REPS) {
			throw row.reject(column, shown(row, column) + " is more than 1,000 reps");
		}
		return reps.intValue();
	}

	/** RPE in half points from 1 to 10; 0 means none, as Strong writes it. */
	static Double rpe(RowCells row, Column column) {
		Double rpe = nonNegative(row, column);
		if (rpe == null || rpe == 0) {
			return null;
		}
		if (rpe < 1 || rpe > 10) {
			throw row.reject(column, "RPE " + shown(row, column) + " is not from 1 to 10");
		}
		if (rpe * 2 != Math.rint(rpe * 2)) {
			throw row.reject(column, "RPE " + shown(row, column) + " is not in half points, such as 7.5 or 8");
		}
		return rpe;
	}

	/** A set's duration in whole seconds, up to a day; 0 means none. */
	static Integer setSeconds(RowCells row, Column column) {
		Integer seconds = seconds(row, column, MAX_SET_SECONDS, "86,400 seconds (a day)");
		return (seconds == null || seconds == 0) ? null : seconds;
	}

	/** A rest in whole seconds, up to an hour. */
	static Integer restSeconds(RowCells row, Column column) {
		return seconds(row, column, MAX_REST_SECONDS, "3,600 seconds (an hour) of rest");
	}

	/** Metres to the decimetre; 0 means none. */
	static Double distanceMetres(RowCells row, Column column, DistanceUnit unit) {
		Double distance = nonNegative(row, column);
		if (distance == null || distance == 0) {
			return null;
		}
		double metres = unit.toMetres(distance);
		if (metres > MAX_DISTANCE_METRES) {
			throw row.reject(column, shown(row, column) + " is more than 1,000 km (621.371 mi)");
		}
		return metres;
	}

	/**
	 * Refuses a set with nothing done; returns the reps to store. Zero reps are kept only as a
	 * missed attempt at a weight: next to a duration or a distance, or with no weight, a zero is
	 * an unused cell.
	 */
	static Integer effort(RowCells row, Integer reps, Double weightKg, Integer seconds, Double metres) {
		boolean missedAttempt = weightKg != null && weightKg > 0 && seconds == null && metres == null;
		Integer done = (reps != null && reps == 0 && !missedAttempt) ? null : reps;
		if (done == null && seconds == null && metres == null) {
			throw row.reject("no reps, duration or distance");
		}
		return done;
	}

	private static Integer seconds(RowCells row, Column column, int max, String limit) {
		Double seconds = nonNegative(row, column);
		if (seconds == null) {
			return null;
		}
		if (seconds > max) {
			throw row.reject(column, shown(row, column) + " is more than " + limit);
		}
		return (int) Math.round(seconds);
	}

	private static Double nonNegative(RowCells row, Column column) {
		Double value = row.number(column);
		if (value != null && value < 0) {
			throw row.reject(column, shown(row, column) + " is negative");
		}
		return value;
	}

	private static String shown(RowCells row, Column column) {
		return BadValue.quote(row.text(column));
	}

}
