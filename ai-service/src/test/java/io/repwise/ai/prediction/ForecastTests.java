package io.repwise.ai.prediction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.TrainingHistory.ExerciseSession;
import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastTests {

	@Test
	void equalWeightsReduceToOrdinaryLeastSquares() {
		// y = 100, 103, 103, 106 at t = 0, 7, 14, 21: t̄ = 10.5, ȳ = 103, Sxx = 245, Sxy = 63,
		// slope 0.25714, intercept 100.3; residuals −0.3, 0.9, −0.9, 0.3: s² = 1.8 / 2 = 0.9.
		// At t = 28: 0.9 × (1 + 1/4 + 17.5² / 245) = 0.9 × 2.5 = 2.25.
		WeightedRegression line = WeightedRegression.fit(List.of(point(0, 100), point(7, 103), point(14, 103), point(21, 106)));
		assertThat(line.slope()).isCloseTo(63.0 / 245, within(1e-9));
		assertThat(line.intercept()).isCloseTo(100.3, within(1e-9));
		assertThat(line.residualVariance()).isCloseTo(0.9, within(1e-9));
		assertThat(line.predict(28)).isCloseTo(107.5, within(1e-9));
		assertThat(line.predictionVariance(28)).isCloseTo(2.25, within(1e-9));
	}

	@Test
	void forecastWithBandAndTargetDateOrNotEnoughData() {
		Instant now = Instant.parse("2026-11-25T12:00:00Z");
		List<ExerciseSession> sessions = new ArrayList<>();
		// Eight weekly sessions gaining 1 kg of e1RM a week, ending today at 107.
		for (int week = 7; week >= 0; week--) {
			sessions.add(new ExerciseSession(now.minus(Duration.ofDays(7L * week)), List.of(), null, 107.0 - week));
		}
		StrengthForecaster forecaster = new StrengthForecaster();
		StrengthForecaster.Forecast forecast = forecaster.forecast(sessions, now, 12, 115.0, WeightUnit.KG, ZoneOffset.UTC);
		assertThat(forecast.status()).isEqualTo("OK");
		assertThat(forecast.current()).isEqualTo(107.0);
		assertThat(forecast.perWeek()).isEqualTo(1.0);
		assertThat(forecast.forecast()).extracting(StrengthForecaster.Forecast.Point::e1rm).containsExactly(111.0, 115.0, 119.0);
		// A perfect line has no residual spread: the band collapses onto it.
		assertThat(forecast.forecast().get(0).low()).isEqualTo(111.0);
		// 115 is 8 kg away at 1 kg a week: 56 days from now.
		assertThat(forecast.target().status()).isEqualTo("EXPECTED");
		assertThat(forecast.target().date()).isEqualTo(java.time.LocalDate.of(2027, 1, 20));
		assertThat(forecaster.forecast(sessions.subList(0, 5), now, 12, null, WeightUnit.KG, ZoneOffset.UTC).status())
			.isEqualTo("NOT_ENOUGH_DATA");
	}

	@Test
	void theEightyPercentBandHoldsAboutEightyPercentOfOutcomes() {
		// 4,000 lifters, each 8 weekly sessions gaining 1 kg a week with noise of σ = 2 kg (a fixed
		// seed): how often does the session 4 weeks on fall inside its 80 % band? With the normal
		// 1.28 the band is too narrow for a fit on about 7.7 effective points (ν ≈ 5.7): about 76 %.
		Instant now = Instant.parse("2026-11-25T12:00:00Z");
		java.util.Random random = new java.util.Random(20261207);
		StrengthForecaster forecaster = new StrengthForecaster();
		int inside = 0;
		int trials = 4000;
		for (int trial = 0; trial < trials; trial++) {
			List<ExerciseSession> sessions = new ArrayList<>();
			for (int week = 7; week >= 0; week--) {
				sessions.add(new ExerciseSession(now.minus(Duration.ofDays(7L * week)), List.of(), null,
						100.0 - week + 2 * random.nextGaussian()));
			}
			StrengthForecaster.Forecast.Point in4Weeks = forecaster
				.forecast(sessions, now, 4, null, WeightUnit.KG, ZoneOffset.UTC)
				.forecast()
				.get(0);
			double outcome = 104.0 + 2 * random.nextGaussian();
			if (outcome >= in4Weeks.low() && outcome <= in4Weeks.high()) {
				inside++;
			}
		}
		assertThat(inside / (double) trials).isBetween(0.78, 0.83);
	}

	@Test
	void aFitOnTwoEffectivePointsOrFewerGetsAWideBandNotNone() {
		// Weights 1, 1 and 10⁻⁶: effective n ≈ 2, and the old estimate (n_eff − 2 in the denominator,
		// zero when it is not positive) gave a band of zero width around a line through noisy points.
		WeightedRegression line = WeightedRegression.fit(List.of(new WeightedRegression.Point(0, 100, 1),
				new WeightedRegression.Point(7, 104, 1), new WeightedRegression.Point(14, 103, 1e-6)));
		assertThat(line.degreesOfFreedom()).isEqualTo(1);
		assertThat(line.predictionVariance(21)).isGreaterThan(0);
	}

	private static WeightedRegression.Point point(double t, double y) {
		return new WeightedRegression.Point(t, y, 1);
	}

}
