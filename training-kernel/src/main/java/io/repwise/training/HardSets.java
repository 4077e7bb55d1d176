package io.repwise.training;

import java.util.Locale;
import java.util.Set;

/**
 * Which sets count as hard sets: the unit of weekly volume (10–20 per muscle), of fatigue and of
 * workload. Resistance work does, loaded or not, plyometrics included. Cardio and flexibility
 * work does not: a 30-minute ride or a held stretch logged as one set is not a set taken near
 * failure, and counting them would fill a lifter's legs with volume they never lifted.
 */
public final class HardSets {

	/** Library categories whose sets are never hard sets. */
	static final Set<String> NOT_HARD = Set.of("CARDIO", "FLEXIBILITY");

	private HardSets() {
	}

	/** @param category the library's category ({@code STRENGTH}, {@code CARDIO} …) of the set's exercise */
	public static boolean counts(String category) {
		return category == null || !NOT_HARD.contains(category.toUpperCase(Locale.ROOT));
	}

}
