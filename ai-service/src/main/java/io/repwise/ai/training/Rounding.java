package io.repwise.ai.training;

/** Numbers as the API shows them. */
public final class Rounding {

	private Rounding() {
	}

	public static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
