package io.repwise.ai.prediction;

import java.util.List;

/**
 * Weighted least squares line {@code y = a + b·t}, with the variance of a prediction. Weights are
 * importances (recent sessions matter more), not precisions, so the error variance is estimated
 * from the weighted residuals with the effective sample size {@code (Σw)² / Σw²} and
 * {@code n_eff − 2} degrees of freedom, at least one: with an effective size of two or less the
 * spread cannot be told from the line, so it is estimated wide rather than as zero. With equal
 * weights every formula reduces to ordinary least squares.
 */
public record WeightedRegression(double intercept, double slope, double meanT, double sumWeights,
		double sxx, double residualVariance, double effectiveN, List<Point> points) {

	public record Point(double t, double y, double weight) {
	}

	public static WeightedRegression fit(List<Point> points) {
		if (points.size() < 3) {
			throw new IllegalArgumentException("a line with an error estimate needs at least 3 points");
		}
		double w = 0;
		double w2 = 0;
		double wt = 0;
		double wy = 0;
		for (Point p : points) {
			w += p.weight();
			w2 += p.weight() * p.weight();
			wt += p.weight() * p.t();
			wy += p.weight() * p.y();
		}
		double meanT = wt / w;
		double meanY = wy / w;
		double sxx = 0;
		double sxy = 0;
		for (Point p : points) {
			sxx += p.weight() * (p.t() - meanT) * (p.t() - meanT);
			sxy += p.weight() * (p.t() - meanT) * (p.y() - meanY);
		}
		double slope = (sxx > 0) ? sxy / sxx : 0;
		double intercept = meanY - slope * meanT;
		double residuals = 0;
		for (Point p : points) {
			double r = p.y() - (intercept + slope * p.t());
			residuals += p.weight() * r * r;
		}
		double effectiveN = w * w / w2;
		double variance = residuals / w * effectiveN / degreesOfFreedom(effectiveN);
		return new WeightedRegression(intercept, slope, meanT, w, sxx, variance, effectiveN, List.copyOf(points));
	}

	/** Degrees of freedom of the error estimate: {@code n_eff − 2}, at least 1. */
	public double degreesOfFreedom() {
		return degreesOfFreedom(this.effectiveN);
	}

	private static double degreesOfFreedom(double effectiveN) {
		return Math.max(1, effectiveN - 2);
	}

	public double predict(double t) {
		return this.intercept + this.slope * t;
	}

	/**
	 * Variance of a new observation at {@code t}: the error variance plus the fitted line's,
	 * {@code σ² (1 + Σ cᵢ²)} where the prediction is {@code Σ cᵢ yᵢ}, {@code cᵢ = wᵢ/W + (t − t̄) wᵢ (tᵢ − t̄) / Sxx}.
	 */
	public double predictionVariance(double t) {
		double sum = 0;
		for (Point p : this.points) {
			double c = p.weight() / this.sumWeights + ((this.sxx > 0) ? (t - this.meanT) * p.weight() * (p.t() - this.meanT) / this.sxx : 0);
			sum += c * c;
		}
		return this.residualVariance * (1 + sum);
	}

}
