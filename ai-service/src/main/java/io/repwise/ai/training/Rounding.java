package io.repwise.ai.training;

/** Numbers as the API shows them. */
public final class Rounding {

	private Rounding() {
	}

	public static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	/** A number for an explanation: one decimal at most, none when whole ("2.5", "5"). */
	public static String label(double value) {
		double rounded = round(value, 1);
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

}
