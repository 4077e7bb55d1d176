package io.repwise.ai.training;

import io.repwise.training.LoadStep;
import io.repwise.training.WeightUnit;

/**
 * How much load the coach adds when a lifter earns it. Rounding a load to what the equipment can
 * carry is the training kernel's ({@link LoadStep}); this is only the coach's choice of jump.
 */
public final class Increments {

	private Increments() {
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

}
