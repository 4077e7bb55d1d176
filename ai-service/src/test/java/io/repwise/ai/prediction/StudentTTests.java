package io.repwise.ai.prediction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudentTTests {

	@Test
	void quantilesMatchTheTables() {
		// t(0.90) from any table of Student's t: ν = 1, 2, 5, 10, 30, and the normal 1.2816 as ν grows.
		assertThat(StudentT.quantile(0.9, 1)).isCloseTo(3.0777, within(1e-4));
		assertThat(StudentT.quantile(0.9, 2)).isCloseTo(1.8856, within(1e-4));
		assertThat(StudentT.quantile(0.9, 5)).isCloseTo(1.4759, within(1e-4));
		assertThat(StudentT.quantile(0.9, 10)).isCloseTo(1.3722, within(1e-4));
		assertThat(StudentT.quantile(0.9, 30)).isCloseTo(1.3104, within(1e-4));
		assertThat(StudentT.quantile(0.9, 1e6)).isCloseTo(1.2816, within(1e-4));
		// t(0.975, 4) = 2.7764, the 95 % two-sided value.
		assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.7764, within(1e-4));
	}

	@Test
	void fractionalDegreesOfFreedomFallBetween() {
		double between = StudentT.quantile(0.9, 5.5);
		assertThat(between).isLessThan(StudentT.quantile(0.9, 5)).isGreaterThan(StudentT.quantile(0.9, 6));
	}

}
