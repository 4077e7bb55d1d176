package io.repwise.ai.plan;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Goal;
import io.repwise.ai.training.MovementPattern;

/** Per-pattern candidate lists, best first, handing out each exercise once a week where possible. */
final class ExercisePicker {

	private final Map<MovementPattern, List<Exercise>> candidates = new EnumMap<>(MovementPattern.class);

	private final Map<MovementPattern, List<Exercise>> mainCandidates = new EnumMap<>(MovementPattern.class);

	private final Set<Exercise> used = new HashSet<>();

	private final Map<MovementPattern, Integer> handedOut = new EnumMap<>(MovementPattern.class);

	private final Set<MovementPattern> missing = new TreeSet<>();

	ExercisePicker(List<Exercise> eligible, PlanInput input, Map<UUID, Long> logged) {
		// Scores are worked out once per exercise; the sorts only look them up.
		Map<Exercise, Double> accessory = new HashMap<>();
		Map<Exercise, Double> main = new HashMap<>();
		Map<Exercise, MovementPattern> patterns = new HashMap<>();
		for (Exercise exercise : eligible) {
			long times = logged.getOrDefault(exercise.id(), 0L);
			accessory.put(exercise, score(exercise, input, times, false));
			main.put(exercise, score(exercise, input, times, true));
			patterns.put(exercise, exercise.pattern());
		}
		for (MovementPattern pattern : MovementPattern.values()) {
			List<Exercise> fitting = eligible.stream()
				.filter((exercise) -> patterns.get(exercise) == pattern)
				.sorted(Comparator.comparingDouble((Exercise exercise) -> -accessory.get(exercise))
					.thenComparing(Exercise::name)
					.thenComparing(Exercise::id))
				.toList();
			this.candidates.put(pattern, fitting);
			this.mainCandidates.put(pattern, fitting.stream()
				.sorted(Comparator.comparingDouble((Exercise exercise) -> -main.get(exercise))
					.thenComparing(Exercise::name)
					.thenComparing(Exercise::id))
				.toList());
		}
	}

	void reset() {
		this.used.clear();
		this.handedOut.clear();
		this.missing.clear();
	}

	Set<MovementPattern> missingPatterns() {
		return this.missing;
	}

	/** The best candidate not yet used this week; when all are used, they come round again in order. */
	Exercise next(MovementPattern pattern, boolean main) {
		List<Exercise> list = main ? this.mainCandidates.get(pattern) : this.candidates.get(pattern);
		if (list.isEmpty()) {
			this.missing.add(pattern);
			return null;
		}
		for (Exercise exercise : list) {
			if (this.used.add(exercise)) {
				return exercise;
			}
		}
		int turn = this.handedOut.merge(pattern, 1, Integer::sum) - 1;
		return list.get(turn % list.size());
	}

	/**
	 * Higher is better: a staple with instructions (+3), logged before (+2, +1 more from 5
	 * sessions), equipment that suits the goal (+1 or +2), a compound for a main slot (+2), and
	 * the user's own level (+0.5).
	 */
	static double score(Exercise exercise, PlanInput input, long logged, boolean main) {
		double score = exercise.curated() ? 3 : 0;
		score += (logged > 0) ? 2 : 0;
		score += (logged >= 5) ? 1 : 0;
		if (suitsGoal(exercise, input.goal())) {
			score += (input.goal() == Goal.STRENGTH && "BARBELL".equals(exercise.equipment())) ? 2 : 1;
		}
		score += (main && exercise.isCompound()) ? 2 : 0;
		score += (exercise.difficultyRank() == input.experience().ordinal()) ? 0.5 : 0;
		return score;
	}

	static boolean suitsGoal(Exercise exercise, Goal goal) {
		String equipment = exercise.equipment();
		return switch (goal) {
			case STRENGTH -> equipment.equals("BARBELL") || equipment.equals("DUMBBELL");
			case HYPERTROPHY -> !equipment.equals("BODYWEIGHT") && !equipment.equals("BANDS");
			case ENDURANCE, FAT_LOSS -> equipment.equals("BODYWEIGHT") || equipment.equals("KETTLEBELL")
					|| equipment.equals("DUMBBELL");
			case GENERAL_FITNESS -> equipment.equals("DUMBBELL") || equipment.equals("BODYWEIGHT")
					|| equipment.equals("MACHINE");
		};
	}

}
