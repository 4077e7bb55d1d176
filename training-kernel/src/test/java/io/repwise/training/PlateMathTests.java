package io.repwise.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlateMathTests {

	private final PlateInventory gym = PlateInventory.standard(WeightUnit.KG);

	@Test
	void aLoadIsTheBarAndTheFewestPlatesPerSide() {
		// 142.5 kg: (142.5 − 20) / 2 = 61.25 a side = 25 + 25 + 10 + 1.25.
		PlateMath.Loading loading = PlateMath.load(142.5, this.gym);
		assertThat(loading.perSide()).containsExactly(25.0, 25.0, 10.0, 1.25);
		assertThat(loading.total()).isEqualTo(142.5);
		assertThat(loading.exact()).isTrue();
	}

	@Test
	void whatThePlatesCannotMakeRoundsDown() {
		// 101 kg: 40.5 a side cannot be made from 1.25 steps; 40 can (25 + 15): 100 kg.
		PlateMath.Loading loading = PlateMath.load(101, this.gym);
		assertThat(loading.total()).isEqualTo(100.0);
		assertThat(loading.perSide()).containsExactly(25.0, 15.0);
		assertThat(loading.exact()).isFalse();
	}

	@Test
	void underTheBarIsTheBar() {
		assertThat(PlateMath.load(15, this.gym)).isEqualTo(new PlateMath.Loading(20, List.of(), false));
		assertThat(PlateMath.load(20, this.gym)).isEqualTo(new PlateMath.Loading(20, List.of(), true));
	}

	@Test
	void limitedPlatesAreSearchedNotTakenLargestFirst() {
		// A home set: a 20 kg bar, one pair of 15s and two pairs of 10s. 60 kg needs 20 a side:
		// largest first takes the 15 and is stuck at 15 (50 kg); 10 + 10 makes it.
		PlateInventory home = new PlateInventory(WeightUnit.KG, 20,
				List.of(new PlateInventory.Plate(15, 1), new PlateInventory.Plate(10, 2)));
		PlateMath.Loading loading = PlateMath.load(60, home);
		assertThat(loading.perSide()).containsExactly(10.0, 10.0);
		assertThat(loading.exact()).isTrue();
		// And no more plates than there are: 20 + 2 × (15 + 10 + 10) = 90 at most.
		assertThat(PlateMath.load(200, home).total()).isEqualTo(90.0);
	}

	@Test
	void poundPlatesStayPounds() {
		// 225 lb: (225 − 45) / 2 = 90 a side = two 45s.
		PlateMath.Loading loading = PlateMath.load(225, PlateInventory.standard(WeightUnit.LB));
		assertThat(loading.perSide()).containsExactly(45.0, 45.0);
		assertThat(PlateInventory.standard(WeightUnit.LB).step()).isEqualTo(5.0);
	}

}
