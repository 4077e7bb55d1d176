package io.repwise.workout.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OneRepMaxTests {

	@Test
	void epleyAndBrzyckiByHand() {
		// Epley 100 × (1 + 5/30) = 116.67; Brzycki 100 × 36 / (37 − 5) = 112.5
		OneRepMax.Estimate estimate = OneRepMax.estimate(100, 5, null, null);

		assertThat(estimate.epley()).isEqualTo(116.67);
		assertThat(estimate.brzycki()).isEqualTo(112.5);
		assertThat(estimate.reliable()).isTrue();
	}

	@Test
	void aSingleIsItsOwnMax() {
		assertThat(OneRepMax.estimate(140, 1, null, null).epley()).isEqualTo(140);
		assertThat(OneRepMax.estimate(140, 1, null, null).brzycki()).isEqualTo(140);
	}

	@Test
	void rpeAddsTheRepsLeftInReserve() {
		// 5 reps at RPE 8 = 7 reps to failure: Epley 100 × (1 + 7/30) = 123.33, Brzycki 100 × 36/30 = 120
		OneRepMax.Estimate estimate = OneRepMax.estimate(100, 5, 8.0, null);

		assertThat(estimate.effectiveReps()).isEqualTo(7);
		assertThat(estimate.epley()).isEqualTo(123.33);
		assertThat(estimate.brzycki()).isEqualTo(120);
		assertThat(OneRepMax.estimate(100, 5, null, 2)).isEqualTo(estimate);
		assertThat(OneRepMax.estimate(100, 5, 9.5, null).effectiveReps()).isEqualTo(5.5);
	}

	@Test
	void moreThanTenEffectiveRepsIsFlaggedUnreliable() {
		assertThat(OneRepMax.estimate(60, 10, null, null).reliable()).isTrue();
		assertThat(OneRepMax.estimate(60, 12, null, null).reliable()).isFalse();
		assertThat(OneRepMax.estimate(60, 9, 7.0, null).reliable()).as("9 reps with 3 in reserve").isFalse();
	}

	@Test
	void anEstimateNeedsLoadAndReps() {
		assertThatIllegalArgumentException().isThrownBy(() -> OneRepMax.estimate(100, 0, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> OneRepMax.estimate(0, 5, null, null));
	}

}
