package io.repwise.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which plates go on each side of the bar for a load. It finds the heaviest load at or under the
 * target that the plates can make exactly (down, as every load is rounded), using the fewest
 * plates for it, and of those the heaviest plates first. A search over every reachable per-side weight, not largest-plate-first: with
 * limited plates, greedy can miss a load that exists (15 + 10 + 10 holds 20 as 10 + 10).
 */
public final class PlateMath {

	/** Plate weights are exact in quarters of their unit (1.25 kg, 2.5 lb). */
	private static final int PER_UNIT = 4;

	private PlateMath() {
	}

	/**
	 * @param total what the bar carries, bar included
	 * @param perSide plates on each side, heaviest first
	 * @param exact whether {@code total} is the load asked for
	 */
	public record Loading(double total, List<Double> perSide, boolean exact) {
	}

	/** Between two loadings of as many plates, the one with more of the heaviest, as lifters load. */
	private static boolean heavierFirst(int[] candidate, int[] current) {
		for (int p = 0; p < candidate.length; p++) {
			if (candidate[p] != current[p]) {
				return candidate[p] > current[p];
			}
		}
		return false;
	}

	/** @param target the load wanted, in the inventory's unit */
	public static Loading load(double target, PlateInventory inventory) {
		if (target <= inventory.bar()) {
			return new Loading(inventory.bar(), List.of(), Math.abs(target - inventory.bar()) < 1e-9);
		}
		int side = (int) Math.floor((target - inventory.bar()) / 2 * PER_UNIT + 1e-9);
		List<PlateInventory.Plate> plates = inventory.plates();
		// 0/1 knapsack over single plates (each pair is one item): fewest[w] is the fewest plates
		// making w quarters on one side, counts[w] how many of each plate that takes.
		int[] fewest = new int[side + 1];
		int[][] counts = new int[side + 1][];
		Arrays.fill(fewest, Integer.MAX_VALUE);
		fewest[0] = 0;
		counts[0] = new int[plates.size()];
		for (int p = 0; p < plates.size(); p++) {
			int weight = (int) Math.round(plates.get(p).weight() * PER_UNIT);
			for (int copy = 0; copy < plates.get(p).pairs(); copy++) {
				for (int w = side; w >= weight; w--) {
					if (fewest[w - weight] == Integer.MAX_VALUE || fewest[w - weight] + 1 > fewest[w]) {
						continue;
					}
					int[] candidate = counts[w - weight].clone();
					candidate[p]++;
					if (fewest[w - weight] + 1 < fewest[w] || heavierFirst(candidate, counts[w])) {
						fewest[w] = fewest[w - weight] + 1;
						counts[w] = candidate;
					}
				}
			}
		}
		int best = side;
		while (fewest[best] == Integer.MAX_VALUE) {
			best--;
		}
		List<Double> perSide = new ArrayList<>();
		for (int p = 0; p < plates.size(); p++) {
			for (int n = 0; n < counts[best][p]; n++) {
				perSide.add(plates.get(p).weight());
			}
		}
		double total = inventory.bar() + 2.0 * best / PER_UNIT;
		return new Loading(total, List.copyOf(perSide), Math.abs(total - target) < 1e-9);
	}

}
