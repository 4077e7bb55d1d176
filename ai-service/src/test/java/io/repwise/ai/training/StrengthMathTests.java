package io.repwise.ai.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** e1RM formulas, the RPE chart and plate rounding against numbers worked out by hand. */
class StrengthMathTests {

	@Test
	void epleyAndBrzyckiWithRepsInReserveAdded() {
		// 100 × 5 to failure: Epley 100 × (1 + 5/30) = 116.67; Brzycki 100 × 36 / 32 = 112.5.
		OneRepMax.Estimate failure = OneRepMax.estimate(100, 5, null);
		assertThat(failure.epley()).isCloseTo(116.667, within(0.001));
		assertThat(failure.brzycki()).isCloseTo(112.5, within(0.001));
		// At RPE 8 (2 in reserve) it counts as 7 reps: 100 × (1 + 7/30) = 123.33; 100 × 36 / 30 = 120.
		OneRepMax.Estimate rpe8 = OneRepMax.estimate(100, 5, 2.0);
		assertThat(rpe8.epley()).isCloseTo(123.333, within(0.001));
		assertThat(rpe8.brzycki()).isCloseTo(120.0, within(0.001));
		assertThat(rpe8.unreliable()).isFalse();
		// A single is its own max; 9 reps + 2 in reserve is past 10 and flagged.
		assertThat(OneRepMax.estimate(140, 1, null).epley()).isEqualTo(140);
		assertThat(OneRepMax.estimate(60, 9, 2.0).unreliable()).isTrue();
		assertThat(new TrainingSet(null, "WORKING", 5, 100.0, 8.0, null, null, null).estimate().value())
			.isCloseTo(123.333, within(0.001));
	}

	@Test
	void rpeChartIsOneSequenceSteppedByRepsAndHalfPoints() {
		assertThat(RpeChart.percent(1, 10)).isEqualTo(100.0);
		assertThat(RpeChart.percent(1, 9.5)).isEqualTo(97.8);
		assertThat(RpeChart.percent(5, 8)).isEqualTo(81.1);
		assertThat(RpeChart.percent(8, 8)).isEqualTo(73.9);
		assertThat(RpeChart.percent(10, 10)).isEqualTo(73.9);
		assertThat(RpeChart.percent(12, 6)).isEqualTo(57.4);
		// Off the chart (15 reps at RPE 8): Epley with 17 reps to failure, 100 / (1 + 17/30) = 63.83 %.
		assertThat(RpeChart.percent(15, 8)).isCloseTo(63.83, within(0.01));
		// 5 @ 8 from an e1RM of 150: 150 × 0.811 = 121.65.
		assertThat(RpeChart.load(150, 5, 8)).isCloseTo(121.65, within(0.001));
	}

	@Test
	void loadsRoundDownToWhatTheEquipmentTakes() {
		assertThat(LoadRounding.round(121.65, "BARBELL", WeightUnit.KG)).isEqualTo(120.0);
		assertThat(LoadRounding.round(124.99, "BARBELL", WeightUnit.KG)).isEqualTo(122.5);
		assertThat(LoadRounding.round(12, "BARBELL", WeightUnit.KG)).as("never under the empty bar").isEqualTo(20.0);
		assertThat(LoadRounding.round(268.2, "BARBELL", WeightUnit.LB)).isEqualTo(265.0);
		assertThat(LoadRounding.round(23.9, "DUMBBELL", WeightUnit.KG)).isEqualTo(22.0);
		assertThat(LoadRounding.round(27, "KETTLEBELL", WeightUnit.KG)).isEqualTo(24.0);
		assertThat(LoadRounding.round(47, "CABLE", WeightUnit.KG)).isEqualTo(45.0);
	}

	@Test
	void patternsFollowPrimeMoverMechanicAndForce() {
		assertThat(SeedLibrary.named("Barbell Squat").pattern()).isEqualTo(MovementPattern.SQUAT);
		assertThat(SeedLibrary.named("Barbell Bench Press - Medium Grip").pattern()).isEqualTo(MovementPattern.HORIZONTAL_PUSH);
		assertThat(SeedLibrary.named("Pullups").pattern()).isEqualTo(MovementPattern.VERTICAL_PULL);
		assertThat(SeedLibrary.named("Leg Extensions").pattern()).isEqualTo(MovementPattern.LEG_ISOLATION);
		assertThat(SeedLibrary.exercises()).hasSize(889);
		assertThat(SeedLibrary.named("Barbell Bench Press - Medium Grip").indirectGroups())
			.containsExactlyInAnyOrderElementsOf(List.of("SHOULDERS", "ARMS"));
	}

}
