package io.repwise.ai.prediction;

/**
 * Quantiles of Student's t distribution, for prediction bands from few points. With ν degrees of
 * freedom, {@code P(|T| > t) = I_x(ν/2, 1/2)} with {@code x = ν / (ν + t²)}, the regularised
 * incomplete beta function; the quantile is found by bisection on that. ν may be fractional
 * (an effective sample size minus two).
 */
final class StudentT {

	private StudentT() {
	}

	/** The t with {@code P(T ≤ t) = p}, for 0.5 ≤ p < 1. */
	static double quantile(double p, double degreesOfFreedom) {
		if (p < 0.5 || p >= 1 || degreesOfFreedom <= 0) {
			throw new IllegalArgumentException("needs 0.5 ≤ p < 1 and positive degrees of freedom");
		}
		double tail = 2 * (1 - p);
		double low = 0;
		double high = 1;
		while (twoSidedTail(high, degreesOfFreedom) > tail) {
			high *= 2;
		}
		for (int i = 0; i < 200 && high - low > 1e-12; i++) {
			double mid = (low + high) / 2;
			if (twoSidedTail(mid, degreesOfFreedom) > tail) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return (low + high) / 2;
	}

	/** {@code P(|T| > t)} for t ≥ 0. */
	static double twoSidedTail(double t, double v) {
		return regularisedBeta(v / (v + t * t), v / 2, 0.5);
	}

	/** I_x(a, b) by its continued fraction (Lentz's method), using the symmetry where it converges faster. */
	static double regularisedBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * continuedFraction(x, a, b) / a;
		}
		return 1 - front * continuedFraction(1 - x, b, a) / b;
	}

	private static double continuedFraction(double x, double a, double b) {
		double tiny = 1e-300;
		double c = 1;
		double d = 1 - (a + b) * x / (a + 1);
		d = 1 / ((Math.abs(d) < tiny) ? tiny : d);
		double result = d;
		for (int m = 1; m <= 300; m++) {
			int m2 = 2 * m;
			double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 + even * d;
			d = 1 / ((Math.abs(d) < tiny) ? tiny : d);
			c = 1 + even / c;
			c = (Math.abs(c) < tiny) ? tiny : c;
			result *= d * c;
			double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 + odd * d;
			d = 1 / ((Math.abs(d) < tiny) ? tiny : d);
			c = 1 + odd / c;
			c = (Math.abs(c) < tiny) ? tiny : c;
			double step = d * c;
			result *= step;
			if (Math.abs(step - 1) < 1e-15) {
				break;
			}
		}
		return result;
	}

	/** ln Γ(x) for x > 0, Lanczos (g = 7, nine coefficients), accurate to about 15 digits. */
	static double logGamma(double x) {
		double[] coefficients = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
				-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
				1.5056327351493116e-7 };
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		double z = x - 1;
		double sum = coefficients[0];
		for (int i = 1; i < coefficients.length; i++) {
			sum += coefficients[i] / (z + i);
		}
		double t = z + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
	}

}
