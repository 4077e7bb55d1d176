package io.repwise.ai.training;

/**
 * Rounds a load down to what the equipment can be loaded with, in the user's unit: a barbell in
 * pairs of the smallest common plates (2 × 1.25 kg, 2 × 2.5 lb) and never under the empty bar,
 * dumbbells and kettlebells in their usual steps, stacks in their plate size. Down, because a
 * prescription a little light is repeatable and one a little heavy may not be.
 */
public final class LoadRounding {

	private LoadRounding() {
	}

	/**
	 * The smallest sensible jump in load: bigger for lower-body barbell lifts (legs or a hinge),
	 * otherwise the equipment's own step.
	 */
	public static double increment(Exercise exercise, WeightUnit unit) {
		boolean kg = unit == WeightUnit.KG;
		boolean lowerBody = "LEGS".equals(exercise.muscleGroup()) || exercise.pattern() == MovementPattern.HINGE;
		return switch (exercise.equipment()) {
			case "BARBELL" -> lowerBody ? (kg ? 5 : 10) : (kg ? 2.5 : 5);
			case "DUMBBELL" -> kg ? 2 : 5;
			case "KETTLEBELL" -> kg ? 4 : 9;
			case "MACHINE", "CABLE" -> kg ? 5 : 10;
			default -> kg ? 2.5 : 5;
		};
	}

	public static double round(double load, String equipment, WeightUnit unit) {
		boolean kg = unit == WeightUnit.KG;
		double step;
		double floor = 0;
		switch (equipment) {
			case "BARBELL" -> {
				step = kg ? 2.5 : 5;
				floor = kg ? 20 : 45;
			}
			case "EZ_BAR" -> {
				step = kg ? 2.5 : 5;
				floor = kg ? 10 : 25;
			}
			case "DUMBBELL" -> step = kg ? 2 : 5;
			case "KETTLEBELL" -> step = kg ? 4 : 9;
			case "MACHINE", "CABLE" -> step = kg ? 5 : 10;
			default -> step = kg ? 1 : 2.5;
		}
		double rounded = Math.floor(load / step + 1e-9) * step;
		return Math.max(floor, Math.max(step, rounded));
	}

}
