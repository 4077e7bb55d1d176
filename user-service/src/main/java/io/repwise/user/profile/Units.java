package io.repwise.user.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.repwise.training.WeightUnit;
import io.repwise.user.profile.ProfileEnums.UnitSystem;

/** Conversions between what users type and see and what is stored (metres, kilograms). */
final class Units {

	static final double CM_PER_INCH = 2.54;

	static final double KG_PER_POUND = WeightUnit.KILOGRAMS_PER_POUND;

	private Units() {
	}

	/** A value with its unit, as entered or shown: {@code cm}/{@code in} or {@code kg}/{@code lb}. */
	record Measurement(double value, String unit) {
	}

	static double toMetres(Measurement height) {
		return switch (height.unit()) {
			case "cm" -> height.value() / 100;
			case "in" -> height.value() * CM_PER_INCH / 100;
			default -> throw new IllegalArgumentException("unit must be cm or in");
		};
	}

	static double toKilograms(Measurement weight) {
		return switch (weight.unit()) {
			case "kg" -> weight.value();
			case "lb" -> weight.value() * KG_PER_POUND;
			default -> throw new IllegalArgumentException("unit must be kg or lb");
		};
	}

	static Measurement height(double metres, UnitSystem system) {
		return (system == UnitSystem.IMPERIAL) ? new Measurement(round(metres * 100 / CM_PER_INCH, 1), "in")
				: new Measurement(round(metres * 100, 1), "cm");
	}

	static Measurement weight(double kilograms, UnitSystem system) {
		return (system == UnitSystem.IMPERIAL) ? new Measurement(round(kilograms / KG_PER_POUND, 1), "lb")
				: new Measurement(round(kilograms, 2), "kg");
	}

	static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

}
