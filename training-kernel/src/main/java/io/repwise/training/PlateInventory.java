package io.repwise.training;

import java.util.Comparator;
import java.util.List;

/**
 * The bar and plates a lifter loads from, in the plates' own unit (a 45 lb plate is 45, not
 * 20.41). Plates come in pairs, one for each side.
 *
 * @param unit what the bar and plates are marked in
 * @param bar the empty bar
 * @param plates each plate size with how many pairs there are, heaviest first
 */
public record PlateInventory(WeightUnit unit, double bar, List<Plate> plates) {

	public PlateInventory {
		if (bar < 0) {
			throw new IllegalArgumentException("A bar cannot weigh less than nothing");
		}
		plates = plates.stream().sorted(Comparator.comparingDouble(Plate::weight).reversed()).toList();
	}

	/** @param pairs how many of this plate there are for each side */
	public record Plate(double weight, int pairs) {

		public Plate {
			if (weight <= 0 || pairs < 1) {
				throw new IllegalArgumentException("A plate weighs something and comes at least in a pair");
			}
		}

	}

	/**
	 * A commercial gym's set, for a lifter who has not said what they have: a 20 kg bar with
	 * 25–1.25 kg plates, or a 45 lb bar with 45–2.5 lb plates; eight pairs of the largest, two of
	 * each other.
	 */
	public static PlateInventory standard(WeightUnit unit) {
		if (unit == WeightUnit.LB) {
			return new PlateInventory(unit, 45, List.of(new Plate(45, 8), new Plate(35, 2), new Plate(25, 2),
					new Plate(10, 2), new Plate(5, 2), new Plate(2.5, 2)));
		}
		return new PlateInventory(unit, 20, List.of(new Plate(25, 8), new Plate(20, 2), new Plate(15, 2),
				new Plate(10, 2), new Plate(5, 2), new Plate(2.5, 2), new Plate(1.25, 2)));
	}

	/** The smallest change in load these plates allow: a pair of the lightest. */
	public double step() {
		return 2 * this.plates.get(this.plates.size() - 1).weight();
	}

	/** Rounding to these plates, as every other load is rounded. */
	public LoadStep loadStep() {
		return new LoadStep(this.unit, step(), this.bar);
	}

}
