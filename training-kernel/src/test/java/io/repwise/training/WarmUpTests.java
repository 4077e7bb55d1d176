package io.repwise.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTests {

	@Test
	void aBarbellRampFromTheEmptyBar() {
		// To 5 × 100 kg: bar × 10, 40 % = 40 × 5, 60 % = 60 × 3, 80 % = 80 × 2.
		assertThat(WarmUp.ramp(100, 5, LoadStep.of("BARBELL", WeightUnit.KG))).containsExactly(
				new WarmUp.WarmUpSet(0, 10, 20), new WarmUp.WarmUpSet(40, 5, 40), new WarmUp.WarmUpSet(60, 3, 60),
				new WarmUp.WarmUpSet(80, 2, 80));
	}

	@Test
	void heavyTriplesGetASingleAtNinetyPercent() {
		// To 3 × 182.5 kg: 73, 109.5, 146, 164.25, each rounded down to 2.5 kg steps.
		assertThat(WarmUp.ramp(182.5, 3, LoadStep.of("BARBELL", WeightUnit.KG))).extracting(WarmUp.WarmUpSet::load)
			.containsExactly(20.0, 72.5, 107.5, 145.0, 162.5);
	}

	@Test
	void stepsThatRepeatOrReachTheWorkingLoadAreLeftOut() {
		// To 8 × 40 kg: 40 % = 16 → the bar (already there), 60 % = 24 → 22.5, 80 % = 32 → 30.
		assertThat(WarmUp.ramp(40, 8, LoadStep.of("BARBELL", WeightUnit.KG))).extracting(WarmUp.WarmUpSet::load)
			.containsExactly(20.0, 22.5, 30.0);
		// Working with the empty bar: nothing to warm up to.
		assertThat(WarmUp.ramp(20, 10, LoadStep.of("BARBELL", WeightUnit.KG))).isEmpty();
	}

	@Test
	void dumbbellsHaveNoBar() {
		// To 30 kg dumbbells: 12, 18, 24 (2 kg steps).
		assertThat(WarmUp.ramp(30, 8, LoadStep.of("DUMBBELL", WeightUnit.KG))).extracting(WarmUp.WarmUpSet::load)
			.containsExactly(12.0, 18.0, 24.0);
	}

}
