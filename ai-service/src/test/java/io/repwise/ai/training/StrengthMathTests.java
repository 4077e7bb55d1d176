package io.repwise.ai.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How ai-service reads sets and picks increments; the formulas themselves are the training
 * kernel's, tested there.
 */
class StrengthMathTests {

	@Test
	void setsEstimateWithTheKernelsCurveFromTheEffortLogged() {
		// 100 × 5 @ RPE 8 = 7 to failure: 81.1 % on the curve, 100 / 0.811 = 123.30 (as workout-service shows it).
		assertThat(new TrainingSet(null, "WORKING", 5, 100.0, 8.0, null, null, null).estimate().value())
			.isCloseTo(123.305, within(0.001));
		// RPE wins over RIR when both are logged, as in workout-service: RPE 10 and "3 in reserve" is RPE 10.
		assertThat(new TrainingSet(null, "WORKING", 5, 100.0, 10.0, 3, null, null).repsInReserve()).isZero();
		assertThat(new TrainingSet(null, "WORKING", 5, 100.0, null, 3, null, null).repsInReserve()).isEqualTo(3.0);
		assertThat(new TrainingSet(null, "WORKING", 5, 100.0, null, null, null, null).repsInReserve()).isNull();
	}

	@Test
	void incrementsAreBiggerForLowerBodyBarbellLifts() {
		assertThat(Increments.increment(SeedLibrary.named("Barbell Squat"), WeightUnit.KG)).isEqualTo(5.0);
		assertThat(Increments.increment(SeedLibrary.named("Barbell Squat"), WeightUnit.LB)).isEqualTo(10.0);
		assertThat(Increments.increment(SeedLibrary.named("Barbell Bench Press - Medium Grip"), WeightUnit.KG)).isEqualTo(2.5);
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
