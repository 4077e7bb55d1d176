package io.repwise.ai.insight;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcuteChronicWorkloadTests {

	@Test
	void steadyTrainingReadsOneInTheRollingFormsAndTheEwmaSaysHowShortTheHistoryIs() {
		// One unit a day for 28 days, nothing before. Rolling: acute 7, chronic 28 / 4 = 7,
		// uncoupled 21 / 3 = 7: all 1.0. EWMA seeded at zero 56 days back: acute 7 × (1 − 0.75²⁸)
		// = 7.0; chronic λ = 2/29, 7 × (1 − (27/29)²⁸) = 7 × 0.8649 = 6.05; ratio 7.0 / 6.05 = 1.16.
		double[] daily = new double[AcuteChronicWorkload.DAYS];
		Arrays.fill(daily, 0, 28, 1.0);
		Insights.Workload workload = AcuteChronicWorkload.of(daily, true);
		assertThat(workload.acute()).isEqualTo(7.0);
		assertThat(workload.chronic()).isEqualTo(7.0);
		assertThat(workload.ratio()).isEqualTo(1.0);
		assertThat(workload.uncoupledChronic()).isEqualTo(7.0);
		assertThat(workload.uncoupledRatio()).isEqualTo(1.0);
		assertThat(workload.ewmaAcute()).isEqualTo(7.0);
		assertThat(workload.ewmaChronic()).isEqualTo(6.1);
		assertThat(workload.ewmaRatio()).isEqualTo(1.16);
		assertThat(workload.flag()).isEqualTo("STEADY");
	}

	@Test
	void aRatioOfExactlyOnePointFiveIsASpike() {
		// 1.8 a day this week (12.6), 1 a day in the three weeks before (21): coupled 12.6 / (33.6 / 4)
		// = 1.5, flagged (it used to need more than 1.5); uncoupled 12.6 / (21 / 3) = 1.8.
		double[] daily = new double[AcuteChronicWorkload.DAYS];
		Arrays.fill(daily, 0, 7, 1.8);
		Arrays.fill(daily, 7, 28, 1.0);
		Insights.Workload workload = AcuteChronicWorkload.of(daily, true);
		assertThat(workload.ratio()).isEqualTo(1.5);
		assertThat(workload.flag()).isEqualTo("SPIKE");
		assertThat(workload.uncoupledRatio()).isEqualTo(1.8);
		assertThat(workload.caveat()).contains("Lolli et al. 2019").contains("Impellizzeri et al. 2020")
			.doesNotContain("showed it does not predict");
	}

	@Test
	void withoutFourWeeksThereIsNoRatio() {
		double[] daily = new double[AcuteChronicWorkload.DAYS];
		Arrays.fill(daily, 0, 7, 1.0);
		Insights.Workload workload = AcuteChronicWorkload.of(daily, false);
		assertThat(workload.flag()).isEqualTo("NOT_ENOUGH_HISTORY");
		assertThat(workload.ratio()).isNull();
		assertThat(workload.uncoupledRatio()).isNull();
		assertThat(workload.ewmaRatio()).isNull();
	}

}
