package io.repwise.common.request;

import java.util.Locale;

import io.repwise.training.WeightUnit;

/**
 * The units a user reads and types. Everything is stored in SI units (kilograms, metres, seconds);
 * conversion happens only at the edge, so stored history never depends on a preference.
 */
public enum UnitSystem {

	/** Kilograms; distances in kilometres. */
	METRIC(WeightUnit.KG, "km", 1000.0),

	/** Pounds; distances in miles. */
	IMPERIAL(WeightUnit.LB, "mi", 1609.344);

	private final WeightUnit weight;

	private final String distanceUnit;

	private final double metresPerUnit;

	UnitSystem(WeightUnit weight, String distanceUnit, double metresPerUnit) {
		this.weight = weight;
		this.distanceUnit = distanceUnit;
		this.metresPerUnit = metresPerUnit;
	}

	/** {@code kg} or {@code lb}. */
	public String weightUnit() {
		return this.weight.symbol();
	}

	/** The training kernel's unit, for rounding loads to what the lifter's plates make. */
	public WeightUnit weight() {
		return this.weight;
	}

	public String distanceUnit() {
		return this.distanceUnit;
	}

	/** A weight typed in this system, in kilograms to the gram. */
	public Double toKilograms(Double weight) {
		return (weight != null) ? round(this.weight.toKilograms(weight), 3) : null;
	}

	/** A stored weight as shown in this system, to two decimals (62.5 kg shows as 137.79 lb). */
	public Double fromKilograms(Double kilograms) {
		return (kilograms != null) ? round(this.weight.fromKilograms(kilograms), 2) : null;
	}

	public Double toMetres(Double distance) {
		return (distance != null) ? round(distance * this.metresPerUnit, 1) : null;
	}

	public Double fromMetres(Double metres) {
		return (metres != null) ? round(metres / this.metresPerUnit, 3) : null;
	}

	/** How the API names this system: {@code metric} or {@code imperial}. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * {@code metric} or {@code imperial}, any case: the one vocabulary of the {@code units}
	 * parameter and claim in every service; {@code null} when the text names neither.
	 */
	public static UnitSystem parse(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "metric" -> METRIC;
			case "imperial" -> IMPERIAL;
			default -> null;
		};
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
