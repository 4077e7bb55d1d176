package io.repwise.ai.alternative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Experience;

/**
 * Ranks substitutes for an exercise out of 100: shared prime movers (Jaccard overlap, up to 40),
 * the same movement pattern (25), shared secondary muscles (up to 10), the same equipment (5), the
 * same mechanic (5), and difficulty (15 at the same level, 10 one step away, 5 two away). Only
 * exercises the user's equipment allows and that share a prime mover or the pattern are ranked;
 * one above the user's level loses 10.
 */
public final class AlternativeFinder {

	public static final int LIMIT = 10;

	public List<Alternative> rank(Exercise original, List<Exercise> library, Set<Equipment> equipment,
			Experience level) {
		List<Alternative> ranked = new ArrayList<>();
		for (Exercise candidate : library) {
			if (candidate.id().equals(original.id()) || candidate.isResistance() != original.isResistance()) {
				continue;
			}
			if (equipment != null && !Equipment.allows(equipment, candidate)) {
				continue;
			}
			double primary = jaccard(original.primaryMuscles(), candidate.primaryMuscles());
			boolean samePattern = candidate.pattern() == original.pattern();
			if (primary == 0 && !samePattern) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			double score = 40 * primary;
			if (primary > 0) {
				reasons.add("works " + String.join(", ", shared(original.primaryMuscles(), candidate.primaryMuscles())));
			}
			if (samePattern) {
				score += 25;
				reasons.add("same movement (" + original.pattern().name().toLowerCase().replace('_', ' ') + ")");
			}
			score += 10 * jaccard(original.secondaryMuscles(), candidate.secondaryMuscles());
			if (candidate.equipment().equals(original.equipment())) {
				score += 5;
				reasons.add("same equipment");
			}
			else {
				reasons.add("uses " + candidate.equipment().toLowerCase().replace('_', ' '));
			}
			if (java.util.Objects.equals(candidate.mechanic(), original.mechanic())) {
				score += 5;
			}
			int steps = Math.abs(candidate.difficultyRank() - original.difficultyRank());
			score += 15 - 5 * steps;
			if (level != null && !level.allows(candidate)) {
				score -= 10;
				reasons.add("harder than your level");
			}
			ranked.add(new Alternative(candidate.id(), candidate.name(), candidate.equipment(), candidate.difficulty(),
					candidate.pattern().name(), Math.round(Math.max(0, score) * 10) / 10.0, reasons));
		}
		ranked.sort(Comparator.comparingDouble(Alternative::score).reversed().thenComparing(Alternative::name));
		return ranked.subList(0, Math.min(LIMIT, ranked.size()));
	}

	static double jaccard(List<String> a, List<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 0;
		}
		return shared(a, b).size() / (double) union.size();
	}

	private static List<String> shared(List<String> a, List<String> b) {
		return a.stream().filter(b::contains).toList();
	}

	/** @param score 0–100 */
	public record Alternative(java.util.UUID exerciseId, String name, String equipment, String difficulty,
			String pattern, double score, List<String> reasons) {
	}

}
