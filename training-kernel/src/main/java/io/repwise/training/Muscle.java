package io.repwise.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The muscles volume is counted for, finer than the six groups they roll up into. The library
 * (free-exercise-db's vocabulary) names "shoulders" as one muscle; here the deltoid's three heads
 * are told apart by the movement, since presses, raises and rows train different ones.
 */
public enum Muscle {

	QUADRICEPS("LEGS"), HAMSTRINGS("LEGS"), GLUTES("LEGS"), CALVES("LEGS"), ADDUCTORS("LEGS"), ABDUCTORS("LEGS"),
	CHEST("CHEST"), LATS("BACK"), MIDDLE_BACK("BACK"), TRAPS("BACK"), LOWER_BACK("BACK"), FRONT_DELTS("SHOULDERS"),
	SIDE_DELTS("SHOULDERS"), REAR_DELTS("SHOULDERS"), NECK("SHOULDERS"), BICEPS("ARMS"), TRICEPS("ARMS"),
	FOREARMS("ARMS"), ABDOMINALS("CORE");

	/** A set's credit to a muscle it works without being the target (Pelland et al. 2024 count such sets fractionally). */
	public static final double SECONDARY_CREDIT = 0.5;

	private final String group;

	Muscle(String group) {
		this.group = group;
	}

	/** One of {@link MuscleGroups#GROUPS}. */
	public String group() {
		return this.group;
	}

	/**
	 * The muscles a set of an exercise trains and its credit to each: 1 for every primary muscle,
	 * {@link #SECONDARY_CREDIT} for every secondary one (never both). "shoulders" becomes the
	 * head the movement works: side delts for lateral raises and upright rows, rear delts for
	 * reverse flyes, face pulls and other pulls, front delts for presses and other pushes.
	 *
	 * @param name the exercise's name, {@code force} its library force ({@code PUSH}, {@code PULL},
	 * {@code STATIC} or {@code null})
	 */
	public static Map<Muscle, Double> credits(List<String> primary, List<String> secondary, String name, String force) {
		Map<Muscle, Double> credits = new LinkedHashMap<>();
		for (String muscle : primary) {
			Muscle trained = of(muscle, name, force);
			if (trained != null) {
				credits.put(trained, 1.0);
			}
		}
		for (String muscle : secondary) {
			Muscle trained = of(muscle, name, force);
			if (trained != null) {
				credits.putIfAbsent(trained, SECONDARY_CREDIT);
			}
		}
		return credits;
	}

	/** The muscle a library name stands for in this exercise, or {@code null} for a name the library does not use. */
	public static Muscle of(String libraryMuscle, String exerciseName, String force) {
		if (libraryMuscle == null) {
			return null;
		}
		return switch (libraryMuscle.toLowerCase(Locale.ROOT)) {
			case "quadriceps" -> QUADRICEPS;
			case "hamstrings" -> HAMSTRINGS;
			case "glutes" -> GLUTES;
			case "calves" -> CALVES;
			case "adductors" -> ADDUCTORS;
			case "abductors" -> ABDUCTORS;
			case "chest" -> CHEST;
			case "lats" -> LATS;
			case "middle back" -> MIDDLE_BACK;
			case "traps" -> TRAPS;
			case "lower back" -> LOWER_BACK;
			case "neck" -> NECK;
			case "biceps" -> BICEPS;
			case "triceps" -> TRICEPS;
			case "forearms" -> FOREARMS;
			case "abdominals" -> ABDOMINALS;
			case "shoulders" -> deltoidHead(exerciseName, force);
			default -> null;
		};
	}

	private static Muscle deltoidHead(String exerciseName, String force) {
		String name = (exerciseName != null) ? exerciseName.toLowerCase(Locale.ROOT) : "";
		if (name.contains("lateral raise") || name.contains("side raise") || name.contains("upright")) {
			return SIDE_DELTS;
		}
		if (name.contains("rear delt") || name.contains("reverse fly") || name.contains("reverse flye")
				|| name.contains("face pull") || "PULL".equals(force)) {
			return REAR_DELTS;
		}
		return FRONT_DELTS;
	}

}
