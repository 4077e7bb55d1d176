package io.repwise.ai.coaching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.Goal;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;

/**
 * The training profile from user-service, as far as coaching reads it; any field may be unset.
 * Vocabularies are user-service's ({@code METRIC}, {@code BEGINNER}, {@code STRENGTH}, {@code BARBELL}, {@code CHEST}).
 */
public record Profile(String unitSystem, String experience, String goal, Integer trainingDaysPerWeek,
		Integer sessionMinutes, Set<String> equipment, Set<String> avoidMuscleGroups, String timeZone, Plates plates) {

	public static Profile empty() {
		return new Profile(null, null, null, null, null, Set.of(), Set.of(), null, null);
	}

	/** The bar and plates the user said they load from, in their own unit ({@code kg} or {@code lb}). */
	public record Plates(String unit, Double bar, List<Plate> plates) {
	}

	public record Plate(Double weight, Integer pairs) {
	}

	/** The user's plates, or {@code null} when they have not said (or said something this version cannot read). */
	public PlateInventory plateInventory() {
		if (this.plates == null || this.plates.bar() == null || this.plates.plates() == null || this.plates.plates().isEmpty()) {
			return null;
		}
		WeightUnit unit = "lb".equals(this.plates.unit()) ? WeightUnit.LB : "kg".equals(this.plates.unit()) ? WeightUnit.KG : null;
		if (unit == null || this.plates.plates().stream().anyMatch((p) -> p == null || p.weight() == null || p.pairs() == null
				|| p.weight() <= 0 || p.pairs() < 1)) {
			return null;
		}
		return new PlateInventory(unit, this.plates.bar(),
				this.plates.plates().stream().map((p) -> new PlateInventory.Plate(p.weight(), p.pairs())).toList());
	}

	public Goal goalValue() {
		return parse(Goal.class, this.goal);
	}

	/** {@code null} when unset (or a level this version does not know). */
	public Experience level() {
		return parse(Experience.class, this.experience);
	}

	/** The equipment this version knows; empty when none is set. Unknown names enable nothing. */
	public Set<Equipment> equipmentOwned() {
		Set<Equipment> owned = new LinkedHashSet<>();
		if (this.equipment != null) {
			this.equipment.stream().map((name) -> parse(Equipment.class, name)).filter(Objects::nonNull).forEach(owned::add);
		}
		return owned;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
