package io.repwise.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoadStepTests {

	private final LoadStep barbellKg = LoadStep.of("BARBELL", WeightUnit.KG);

	private final LoadStep barbellLb = LoadStep.of("BARBELL", WeightUnit.LB);

	@Test
	void loadsRoundDownToAStepAndNeverUnderTheBar() {
		assertThat(this.barbellKg.roundDown(101.9)).isEqualTo(100.0);
		assertThat(this.barbellKg.roundDown(102.5)).isEqualTo(102.5);
		assertThat(this.barbellKg.roundDown(12)).isEqualTo(20.0);
		assertThat(LoadStep.of("DUMBBELL", WeightUnit.KG).roundDown(23.9)).isEqualTo(22.0);
		assertThat(LoadStep.of("DUMBBELL", WeightUnit.KG).roundDown(0.5)).isEqualTo(2.0);
	}

	@Test
	void imperialLoadsAreStepsOfPoundsNotConvertedKilograms() {
		// 62.5 kg is 137.79 lb: a lifter in pounds loads 135 (45 bar + 2 × 45).
		double kilograms = this.barbellLb.roundDownKilograms(62.5);
		assertThat(WeightUnit.LB.fromKilograms(kilograms)).isCloseTo(135.0, within(1e-9));
		// A value already on a step stays there, despite the round trip through kilograms.
		assertThat(this.barbellLb.roundDown(WeightUnit.LB.fromKilograms(WeightUnit.LB.toKilograms(135)))).isEqualTo(135.0);
	}

	@Test
	void progressSmallerThanAStepIsBankedUntilItFillsOne() {
		// +1 kg a session on a 2.5 kg step: 101 loads 100 (1 banked), 102 loads 100 (2 banked),
		// 103 loads 102.5 (0.5 banked). Rounding to nearest would load 100 forever.
		LoadStep.Banked first = this.barbellKg.bank(101);
		assertThat(first.loadKilograms()).isEqualTo(100.0);
		assertThat(first.bankedKilograms()).isCloseTo(1.0, within(1e-9));
		LoadStep.Banked second = this.barbellKg.bank(first.loadKilograms() + first.bankedKilograms() + 1);
		assertThat(second.loadKilograms()).isEqualTo(100.0);
		LoadStep.Banked third = this.barbellKg.bank(second.loadKilograms() + second.bankedKilograms() + 1);
		assertThat(third.loadKilograms()).isEqualTo(102.5);
		assertThat(third.bankedKilograms()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void underTheBarNothingIsBanked() {
		LoadStep.Banked banked = this.barbellKg.bank(15);
		assertThat(banked.loadKilograms()).isEqualTo(20.0);
		assertThat(banked.bankedKilograms()).isZero();
	}

	@Test
	void onePoundIsExactlyItsDefinition() {
		assertThat(WeightUnit.LB.toKilograms(100)).isCloseTo(45.359237, within(1e-12));
		assertThat(WeightUnit.LB.symbol()).isEqualTo("lb");
	}

}
