package io.repwise.workout.routine.progression;

/**
 * Rounds a computed load to one that can be put on the bar or picked off the rack: the nearest
 * multiple of the smallest step the equipment allows (2.5 kg on a barbell is a pair of 1.25 kg
 * plates; dumbbells commonly go up by 2 kg, kettlebells by 4, machine stacks by 5).
 */
public record LoadRounding(double stepKg) {

	public static LoadRounding forEquipment(String equipment) {
		return new LoadRounding(switch ((equipment != null) ? equipment : "") {
			case "BARBELL", "EZ_BAR", "CABLE" -> 2.5;
			case "DUMBBELL" -> 2.0;
			case "KETTLEBELL" -> 4.0;
			case "MACHINE" -> 5.0;
			default -> 0.5;
		});
	}

	public Double round(Double kilograms) {
		if (kilograms == null) {
			return null;
		}
		double rounded = Math.round(kilograms / this.stepKg) * this.stepKg;
		return Math.max(this.stepKg, Math.round(rounded * 100) / 100.0);
	}

}
