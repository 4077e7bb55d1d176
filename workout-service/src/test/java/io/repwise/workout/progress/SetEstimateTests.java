package io.repwise.workout.progress;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.repwise.training.OneRepMax;

import static org.assertj.core.api.Assertions.assertThat;

/** A logged set's e1RM: the training kernel's, from whatever effort was logged, to the hundredth. */
class SetEstimateTests {

	@Test
	void aSetWithoutEffortCountsAsToFailure() {
		// 100 kg × 5, 5 to failure: the curve's 86.3 %, 100 / 0.863 = 115.87; Epley 116.67; Brzycki 112.5.
		OneRepMax.Estimate estimate = set(100, 5, null, null).estimate();

		assertThat(estimate.value()).isEqualTo(115.87);
		assertThat(estimate.epley()).isEqualTo(116.67);
		assertThat(estimate.brzycki()).isEqualTo(112.5);
		assertThat(estimate.reliable()).isTrue();
	}

	@Test
	void rpeOrRirAddTheRepsLeftInReserve() {
		// 5 @ RPE 8 = 7 to failure: 81.1 %, 100 / 0.811 = 123.30; the same as 5 with 2 in reserve.
		OneRepMax.Estimate estimate = set(100, 5, 8.0, null).estimate();

		assertThat(estimate.value()).isEqualTo(123.30);
		assertThat(estimate.repsToFailure()).isEqualTo(7);
		assertThat(set(100, 5, null, 2).estimate()).isEqualTo(estimate);
		assertThat(set(100, 5, 8.0, 0).estimate()).as("RPE wins when both are logged").isEqualTo(estimate);
	}

	@Test
	void moreThanTenRepsToFailureIsFlagged() {
		assertThat(set(60, 9, 7.0, null).estimate().reliable()).as("9 reps with 3 in reserve").isFalse();
	}

	private static PerformedSet set(double weightKg, int reps, Double rpe, Integer rir) {
		return new PerformedSet(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-01-05T10:00:00Z"), "WORKING", reps,
				weightKg, rpe, rir, null, null, true);
	}

}
