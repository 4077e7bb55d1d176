package io.repwise.ai.training;

import java.util.Locale;

/** The unit loads are shown in; stored values are always kilograms. */
public enum WeightUnit {

	KG(1.0), LB(2.2046226218);

	private final double perKilogram;

	WeightUnit(double perKilogram) {
		this.perKilogram = perKilogram;
	}

	public double fromKilograms(double kg) {
		return kg * this.perKilogram;
	}

	public double toKilograms(double value) {
		return value / this.perKilogram;
	}

	public String symbol() {
		return name().toLowerCase(Locale.ROOT);
	}

}
