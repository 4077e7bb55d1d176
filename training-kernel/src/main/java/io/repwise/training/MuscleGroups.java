package io.repwise.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which of the six muscle groups a library muscle belongs to; workout volume and the coaching engine agree on it. */
public final class MuscleGroups {

	private static final Map<String, String> GROUP_OF = Map.ofEntries(Map.entry("chest", "CHEST"),
			Map.entry("lats", "BACK"), Map.entry("middle back", "BACK"), Map.entry("lower back", "BACK"),
			Map.entry("traps", "BACK"), Map.entry("shoulders", "SHOULDERS"), Map.entry("neck", "SHOULDERS"),
			Map.entry("biceps", "ARMS"), Map.entry("triceps", "ARMS"), Map.entry("forearms", "ARMS"),
			Map.entry("quadriceps", "LEGS"), Map.entry("hamstrings", "LEGS"), Map.entry("glutes", "LEGS"),
			Map.entry("calves", "LEGS"), Map.entry("adductors", "LEGS"), Map.entry("abductors", "LEGS"),
			Map.entry("abdominals", "CORE"));

	/** The six groups, in the order the suite lists them. */
	public static final List<String> GROUPS = List.of("CHEST", "BACK", "SHOULDERS", "ARMS", "LEGS", "CORE");

	private MuscleGroups() {
	}

	/** The muscles the library names, as exercises list them. */
	public static Set<String> muscles() {
		return GROUP_OF.keySet();
	}

	/** The group of a muscle, or {@code null} for a muscle the library does not use. */
	public static String of(String muscle) {
		return (muscle != null) ? GROUP_OF.get(muscle.toLowerCase(Locale.ROOT)) : null;
	}

}
