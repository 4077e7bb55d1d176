package io.repwise.training;

import java.util.Locale;

/**
 * What loads a piece of equipment can carry, in the lifter's unit: a step and a minimum. A
 * barbell goes up by a pair of the smallest common plates (2 × 1.25 kg, 2 × 2.5 lb) from the
 * empty bar (20 kg, 45 lb); dumbbells and kettlebells in their usual steps; stacks by their plate.
 * Every service rounds with this, and always down: a prescription a little light is repeatable,
 * one a little heavy may not be.
 *
 * @param unit the unit {@code step} and {@code minimum} are in
 * @param step the smallest change in load the equipment allows
 * @param minimum the lightest load it can carry (the empty bar)
 */
public record LoadStep(WeightUnit unit, double step, double minimum) {

	/** Loads closer to a step than this are on it (floating point, not lifting). */
	private static final double ON_A_STEP = 1e-6;

	/**
	 * @param equipment the library's equipment name ({@code BARBELL}, {@code DUMBBELL} …); any
	 * other, or {@code null}, is loaded body weight or a band, in small steps
	 */
	public static LoadStep of(String equipment, WeightUnit unit) {
		boolean kg = unit == WeightUnit.KG;
		return switch ((equipment != null) ? equipment.toUpperCase(Locale.ROOT) : "") {
			case "BARBELL" -> new LoadStep(unit, kg ? 2.5 : 5, kg ? 20 : 45);
			case "EZ_BAR" -> new LoadStep(unit, kg ? 2.5 : 5, kg ? 10 : 25);
			case "DUMBBELL" -> new LoadStep(unit, kg ? 2 : 5, 0);
			case "KETTLEBELL" -> new LoadStep(unit, kg ? 4 : 9, 0);
			case "MACHINE", "CABLE" -> new LoadStep(unit, kg ? 5 : 10, 0);
			default -> new LoadStep(unit, kg ? 1 : 2.5, 0);
		};
	}

	/** The heaviest loadable weight at or under {@code load} (in this unit), and never under one step or the bar. */
	public double roundDown(double load) {
		double rounded = Math.floor(load / this.step + ON_A_STEP) * this.step;
		return Math.max(this.minimum, Math.max(this.step, rounded));
	}

	/** {@link #roundDown} for a load in kilograms, answered in kilograms. */
	public double roundDownKilograms(double kilograms) {
		return this.unit.toKilograms(roundDown(this.unit.fromKilograms(kilograms)));
	}

	/**
	 * Progress that does not fill a step is banked, not lost: the target keeps its exact value and
	 * the lifter loads the step under it until the bank fills one. Rounding to the nearest step
	 * instead would snap +1 kg on a 2.5 kg step back to the same load forever.
	 *
	 * @param exactKilograms the target the rule worked out, before rounding
	 */
	public Banked bank(double exactKilograms) {
		double loadKilograms = roundDownKilograms(exactKilograms);
		return new Banked(loadKilograms, Math.max(0, exactKilograms - loadKilograms));
	}

	/**
	 * @param loadKilograms what to load
	 * @param bankedKilograms progress earned but not yet loadable (under one step)
	 */
	public record Banked(double loadKilograms, double bankedKilograms) {
	}

}
