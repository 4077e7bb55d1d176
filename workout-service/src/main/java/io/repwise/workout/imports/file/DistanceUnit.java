package io.repwise.workout.imports.file;

import java.util.Locale;

import io.repwise.common.request.UnitSystem;

/**
 * The distance units exports write. Metres are rounded to the decimetre, as
 * {@link UnitSystem#toMetres(Double)} rounds what a lifter types, so an import stores what typing
 * the same run would.
 */
enum DistanceUnit {

	METRES(1.0), KILOMETRES(1000.0), MILES(1609.344);

	private final double metres;

	DistanceUnit(double metres) {
		this.metres = metres;
	}

	double toMetres(double distance) {
		return Math.round(distance * this.metres * 10) / 10.0;
	}

	/** The unit of a system's distances: km or mi. */
	static DistanceUnit of(UnitSystem units) {
		return (units == UnitSystem.IMPERIAL) ? MILES : KILOMETRES;
	}

	/** {@code m}, {@code km} or {@code mi} (and their long names), any case; {@code null} when none. */
	static DistanceUnit parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "m", "meter", "meters", "metre", "metres" -> METRES;
			case "km", "kilometer", "kilometers", "kilometre", "kilometres" -> KILOMETRES;
			case "mi", "mile", "miles" -> MILES;
			default -> null;
		};
	}

}
