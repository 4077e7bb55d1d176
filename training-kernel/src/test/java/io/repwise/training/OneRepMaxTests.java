package io.repwise.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OneRepMaxTests {

	@Test
	void repsInReserveAreAddedBeforeEstimating() {
		// 100 kg × 5 @ RPE 8 = 7 to failure. Curve: index 12, 81.1 %, 100 / 0.811 = 123.30.
		// Epley: 100 × (1 + 7/30) = 123.33. Brzycki: 100 × 36 / (37 − 7) = 120.
		OneRepMax.Estimate estimate = OneRepMax.estimate(100, 5, Effort.repsInReserve(8.0, null));
		assertThat(estimate.value()).isCloseTo(123.305, within(0.001));
		assertThat(estimate.epley()).isCloseTo(123.333, within(0.001));
		assertThat(estimate.brzycki()).isCloseTo(120.0, within(1e-9));
		assertThat(estimate.repsToFailure()).isEqualTo(7);
		assertThat(estimate.reliable()).isTrue();
	}

	@Test
	void aSetLoggedWithoutEffortCountsAsToFailure() {
		// 100 kg × 5, nothing logged: 5 to failure, 86.3 %: 115.87.
		assertThat(OneRepMax.estimate(100, 5, null).value()).isCloseTo(115.875, within(0.001));
		assertThat(OneRepMax.estimate(140, 1, null).value()).isEqualTo(140);
	}

	@Test
	void estimatesPastTenRepsToFailureAreFlagged() {
		assertThat(OneRepMax.estimate(60, 10, 0.0).reliable()).isTrue();
		assertThat(OneRepMax.estimate(60, 12, 1.0).reliable()).isFalse();
	}

	@Test
	void anEstimateNeedsALoadAndARep() {
		assertThatIllegalArgumentException().isThrownBy(() -> OneRepMax.estimate(0, 5, null));
		assertThatIllegalArgumentException().isThrownBy(() -> OneRepMax.estimate(100, 0, null));
	}

}
