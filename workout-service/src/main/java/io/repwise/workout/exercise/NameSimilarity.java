package io.repwise.workout.exercise;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two exercise names are, as words rather than letters: other apps name the same lift
 * with the words in another order ("Squat (Barbell)" for our "Barbell Squat"), in the plural, or
 * with their own short forms ("DB", "pullup"). The score is the Dice coefficient of the two sets
 * of normalised words, {@code 2|A∩B| / (|A| + |B|)}: 1 for the same words, 0 for none in common,
 * and an extra word costs less in a long name than in a short one.
 */
public final class NameSimilarity {

	/** Short forms and spellings that mean one word. */
	private static final Map<String, String> SAME_WORD = Map.ofEntries(Map.entry("db", "dumbbell"),
			Map.entry("dumbell", "dumbbell"), Map.entry("bb", "barbell"), Map.entry("kb", "kettlebell"),
			Map.entry("ezbar", "ez"), Map.entry("pullup", "pull"), Map.entry("pushup", "push"),
			Map.entry("chinup", "chin"), Map.entry("situp", "sit"), Map.entry("flye", "fly"), Map.entry("flie", "fly"),
			Map.entry("tricep", "triceps"), Map.entry("bicep", "biceps"), Map.entry("skullcrusher", "skull"),
			Map.entry("crusher", "skull"), Map.entry("ohp", "overhead"), Map.entry("rdl", "romanian"));

	/** Words that say nothing about which exercise it is. */
	private static final Set<String> FILLER = Set.of("the", "a", "an", "with", "on", "of", "to", "and", "up", "ups");

	private NameSimilarity() {
	}

	public static double score(String a, String b) {
		return score(words(a), words(b));
	}

	static double score(Set<String> left, Set<String> right) {
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		long shared = left.stream().filter(right::contains).count();
		return 2.0 * shared / (left.size() + right.size());
	}

	/** The normalised words of a name: lower case, letters and digits only, singular, short forms spelt out. */
	static Set<String> words(String name) {
		Set<String> words = new LinkedHashSet<>();
		for (String raw : name.toLowerCase(Locale.ROOT).replace("'s", "").split("[^\\p{L}\\p{N}]+")) {
			if (raw.length() < 2 || FILLER.contains(raw)) {
				continue;
			}
			String singular = singular(raw);
			words.add(SAME_WORD.getOrDefault(singular, singular));
		}
		return words;
	}

	private static String singular(String word) {
		if (word.length() > 3 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "ie";
		}
		if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")
				|| word.endsWith("sses"))) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
