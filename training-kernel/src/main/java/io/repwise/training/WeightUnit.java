package io.repwise.training;

import java.util.Locale;

/**
 * The unit a lifter loads the bar in. Everything is stored in kilograms; this is the one place
 * that knows how many kilograms a pound is.
 */
public enum WeightUnit {

	KG(1.0),

	LB(WeightUnit.KILOGRAMS_PER_POUND);

	/** Exact by definition (the international pound of 1959), not a rounded measurement. */
	public static final double KILOGRAMS_PER_POUND = 0.45359237;

	private final double kilogramsPerUnit;

	WeightUnit(double kilogramsPerUnit) {
		this.kilogramsPerUnit = kilogramsPerUnit;
	}

	public double toKilograms(double value) {
		return value * this.kilogramsPerUnit;
	}

	public double fromKilograms(double kilograms) {
		return kilograms / this.kilogramsPerUnit;
	}

	/** {@code kg} or {@code lb}, as the API writes it. */
	public String symbol() {
		return name().toLowerCase(Locale.ROOT);
	}

}
