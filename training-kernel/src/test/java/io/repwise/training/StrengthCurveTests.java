package io.repwise.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StrengthCurveTests {

	@Test
	void theChartIsOneSequenceReadByRepsToFailure() {
		// 5 reps at RPE 10: 5 to failure, the chart's 5 @ 10, 86.3 %.
		assertThat(StrengthCurve.percentOfMax(5, 10)).isEqualTo(86.3);
		// 3 reps at RPE 8 is 5 to failure too: the same share.
		assertThat(StrengthCurve.percentOfMax(3, 8)).isEqualTo(86.3);
		// 8 @ 8 = 10 to failure, index 2 × 9 = 18: 73.9 %; 1 @ 10 is the max itself.
		assertThat(StrengthCurve.percentOfMax(8, 8)).isEqualTo(73.9);
		assertThat(StrengthCurve.percentOfMax(1, 10)).isEqualTo(100.0);
		// 12 @ 6 = 16 to failure, the chart's last cell: 57.4 %.
		assertThat(StrengthCurve.percentOfMax(12, 6)).isEqualTo(57.4);
	}

	@Test
	void betweenHalfStepsItIsReadLinearly() {
		// 1.25 to failure sits halfway between 100 (1) and 97.8 (1.5): 98.9.
		assertThat(StrengthCurve.percentOfMax(1.25)).isCloseTo(98.9, within(1e-9));
	}

	@Test
	void pastTheChartItFallsOffAsEpleyDoes() {
		// 20 to failure: 57.4 × (1 + 16/30) / (1 + 20/30) = 57.4 × 1.5333 / 1.6667 = 52.808.
		assertThat(StrengthCurve.percentOfMax(20)).isCloseTo(52.808, within(0.001));
	}

	@Test
	void moreRepsToFailureAlwaysMeanALowerShare() {
		double previous = StrengthCurve.percentOfMax(1);
		for (double reps = 1.125; reps <= 40; reps += 0.125) {
			double share = StrengthCurve.percentOfMax(reps);
			assertThat(share).as("%s reps to failure", reps).isLessThan(previous);
			previous = share;
		}
	}

	@Test
	void theSameRepsAtTheSameEffortPrescribeTheSameLoad() {
		// 100 kg × 8 @ RPE 8: e1RM = 100 / 0.739 = 135.32 kg; 8 @ 8 from it is 100 kg again, session
		// after session (Epley one way and the chart the other gave 100 → 97.5 → 95 → 92.5).
		double load = 100;
		for (int session = 0; session < 4; session++) {
			double e1rm = StrengthCurve.oneRepMax(load, 8, 2);
			assertThat(e1rm).isCloseTo(135.318, within(0.001));
			load = StrengthCurve.load(e1rm, 8, 2);
			assertThat(load).isCloseTo(100.0, within(1e-9));
		}
	}

	@Test
	void aLowerEffortPrescribesMore() {
		// 100 kg × 8 @ RPE 7 is 11 to failure: 70.7 %, e1RM 141.44; 8 @ 8 from it is 73.9 % = 104.53.
		double e1rm = StrengthCurve.oneRepMax(100, 8, 3);
		assertThat(e1rm).isCloseTo(141.443, within(0.001));
		assertThat(StrengthCurve.load(e1rm, 8, 2)).isCloseTo(104.53, within(0.01)).isGreaterThan(100);
		// And a harder one (RPE 9, 9 to failure: 76.2 %) less: 100 / 0.762 × 0.739 = 96.98.
		assertThat(StrengthCurve.load(StrengthCurve.oneRepMax(100, 8, 1), 8, 2)).isCloseTo(96.98, within(0.01));
	}

}
