package io.repwise.ai.training;

import java.util.Locale;
import java.util.Set;

/** Equipment a user has, as user-service names it, and which library exercises it makes possible. */
public enum Equipment {

	BARBELL, DUMBBELL, BODYWEIGHT, MACHINE, CABLE, KETTLEBELL, BANDS, PULL_UP_BAR, BENCH, MEDICINE_BALL, CARDIO_MACHINE;

	/**
	 * Whether someone with {@code available} can do the exercise. Body weight is always there; an
	 * EZ bar counts as a barbell; pull-ups and chin-ups need a bar; anything done on a bench needs
	 * one, which any gym (machines or cables) has. Library equipment the profile cannot name
	 * (exercise ball, foam roll, other) is never assumed.
	 */
	public static boolean allows(Set<Equipment> available, Exercise exercise) {
		String name = exercise.name().toLowerCase(Locale.ROOT);
		boolean gym = available.contains(MACHINE) || available.contains(CABLE);
		if (name.contains("bench") && !available.contains(BENCH) && !gym) {
			return false;
		}
		if ((name.contains("pull-up") || name.contains("pullup") || name.contains("chin-up") || name.contains("chinup"))
				&& !available.contains(PULL_UP_BAR) && !gym) {
			return false;
		}
		return switch (exercise.equipment()) {
			case "BODYWEIGHT" -> true;
			case "BARBELL", "EZ_BAR" -> available.contains(BARBELL);
			case "DUMBBELL" -> available.contains(DUMBBELL);
			case "MACHINE" -> available.contains(MACHINE);
			case "CABLE" -> available.contains(CABLE);
			case "KETTLEBELL" -> available.contains(KETTLEBELL);
			case "BANDS" -> available.contains(BANDS);
			case "MEDICINE_BALL" -> available.contains(MEDICINE_BALL);
			case "CARDIO_MACHINE" -> available.contains(CARDIO_MACHINE);
			default -> false;
		};
	}

}
