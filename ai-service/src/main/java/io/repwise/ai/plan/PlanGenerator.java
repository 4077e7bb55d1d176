package io.repwise.ai.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.repwise.ai.training.Citations;
import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Goal;
import io.repwise.ai.training.Increments;
import io.repwise.ai.training.MovementPattern;
import io.repwise.ai.training.Rounding;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.VolumeRange;
import io.repwise.training.Muscle;
import io.repwise.training.MuscleGroups;

/**
 * Generates a plan from a goal, a schedule, equipment and exclusions, the exercise library and the
 * user's history. Deterministic: the same inputs give the same plan, because every choice is a
 * sort with a total order (score, then name, then id) and every loop runs in a fixed order.
 *
 * <p>Volume: each group gets a weekly target inside 10–20 hard sets (more for focus groups), a set
 * counting 1 for the exercise's own group and ½ for each other group its secondary muscles belong
 * to. Sets are added where a group is short and taken away where it is over, one at a time.
 */
public final class PlanGenerator {

	static final int FOCUS_BONUS = 4;

	static final int MAX_SETS_PER_EXERCISE = 5;

	static final int MIN_SETS_PER_EXERCISE = 2;

	static final int MAX_EXERCISES_PER_DAY = 10;

	static final int WARM_UP_MINUTES = 5;

	private static final Set<MovementPattern> MAIN_PATTERNS = Set.of(MovementPattern.SQUAT, MovementPattern.HINGE,
			MovementPattern.HORIZONTAL_PUSH, MovementPattern.VERTICAL_PUSH, MovementPattern.HORIZONTAL_PULL,
			MovementPattern.VERTICAL_PULL);

	/** The accessory pattern added when a group is still short. */
	static final Map<String, List<MovementPattern>> TOP_UP = Map.of("CHEST",
			List.of(MovementPattern.CHEST_FLY, MovementPattern.HORIZONTAL_PUSH), "BACK",
			List.of(MovementPattern.HORIZONTAL_PULL, MovementPattern.VERTICAL_PULL), "SHOULDERS",
			List.of(MovementPattern.SHOULDER_ISOLATION), "ARMS",
			List.of(MovementPattern.ELBOW_FLEXION, MovementPattern.ELBOW_EXTENSION), "LEGS",
			List.of(MovementPattern.LEG_ISOLATION, MovementPattern.CALF_RAISE), "CORE", List.of(MovementPattern.CORE));

	private final StartingLoads startingLoads = new StartingLoads();

	public Plan generate(PlanInput input, List<Exercise> library, TrainingHistory history) {
		Split split = Split.forDays(input.daysPerWeek());
		List<Split.Day> templates = split.days(input.daysPerWeek());
		Map<java.util.UUID, Long> logged = history.sessionCounts();
		ExercisePicker picker = new ExercisePicker(eligible(input, library), input, logged);
		Set<String> trained = trainedGroups(input);
		List<String> notes = new ArrayList<>();

		Map<String, Integer> targets = targets(input, trained, false);
		Allocation allocation = allocate(templates, picker, targets, input);
		int longest = allocation.longestMinutes(input.goal());
		if (longest > input.sessionMinutes()) {
			// Too long for the time available: bring every group that is not a focus to the bottom of
			// its range before asking for more time.
			Map<String, Integer> leaner = targets(input, trained, true);
			if (!leaner.equals(targets)) {
				targets = leaner;
				allocation = allocate(templates, picker, targets, input);
				longest = allocation.longestMinutes(input.goal());
				notes.add("To fit " + input.sessionMinutes() + "-minute sessions, groups that are not a focus get the minimum "
						+ "effective volume (" + VolumeRange.MIN + " sets a week).");
			}
			if (longest > input.sessionMinutes()) {
				notes.add("Sessions need about " + longest + " minutes, more than the " + input.sessionMinutes()
						+ " asked for: the minimum effective volume does not fit. More training days would shorten them.");
			}
		}
		allocation.unreachable.forEach((group) -> notes.add(group.charAt(0) + group.substring(1).toLowerCase(Locale.ROOT)
				+ ": no exercise fits your equipment, level and exclusions, so it gets no direct work."));
		picker.missingPatterns().forEach((pattern) -> notes.add("No exercise for the "
				+ pattern.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " pattern fits your equipment, level and "
				+ "exclusions; that slot is left out."));
		if (history.isEmpty()) {
			notes.add("No training history yet: loads are found in week 1 (start light, at RPE 6) and progress from there.");
		}

		List<Plan.Day> days = new ArrayList<>();
		for (int d = 0; d < templates.size(); d++) {
			List<Plan.PlannedExercise> exercises = new ArrayList<>();
			int sets = 0;
			for (Slot slot : allocation.slotsOf(d)) {
				exercises.add(planned(slot, input, history, logged));
				sets += slot.sets;
			}
			days.add(new Plan.Day(d + 1, templates.get(d).name(), sets, allocation.minutes(d, input.goal()), exercises));
		}
		List<Plan.MuscleVolume> volume = new ArrayList<>();
		Map<String, double[]> counted = allocation.volume();
		for (String group : MuscleGroups.GROUPS) {
			double[] sets = counted.getOrDefault(group, new double[2]);
			double total = sets[0] + sets[1];
			boolean focus = input.focusGroups().contains(group);
			if (!trained.contains(group)) {
				volume.add(new Plan.MuscleVolume(group, total, sets[0], sets[1], 0, 0, 0, focus, "AVOIDED"));
				continue;
			}
			int target = targets.get(group);
			String status = allocation.unreachable.contains(group) ? "UNREACHABLE"
					: (total < VolumeRange.MIN) ? "BELOW" : (total > VolumeRange.MAX) ? "ABOVE" : "WITHIN";
			volume.add(new Plan.MuscleVolume(group, total, sets[0], sets[1], target, VolumeRange.MIN, VolumeRange.MAX, focus, status));
		}
		return new Plan(split.label(), split.reason(input.daysPerWeek()), input.goal().name(), input.experience().name(),
				input.daysPerWeek(), input.weeks(), input.sessionMinutes(), longest, input.unit().symbol(), days, volume,
				perMuscle(allocation, templates.size()),
				Schedule.weeks(input.experience(), input.weeks()), notes, List.of(Citations.WEEKLY_VOLUME,
						Citations.REP_RANGES, Citations.RPE_SCALE, Citations.RPE_CHART, Citations.DELOAD));
	}

	/**
	 * What the week gives each muscle (1 a set for a primary muscle, ½ for a secondary one) against
	 * the same 10–20: the groups above are planned, this shows how they land on the muscles.
	 */
	static List<Plan.MuscleSets> perMuscle(Allocation allocation, int days) {
		Map<Muscle, Double> sets = new EnumMap<>(Muscle.class);
		for (int d = 0; d < days; d++) {
			for (Slot slot : allocation.slotsOf(d)) {
				Muscle.credits(slot.exercise.primaryMuscles(), slot.exercise.secondaryMuscles(), slot.exercise.name(),
						slot.exercise.force())
					.forEach((muscle, credit) -> sets.merge(muscle, credit * slot.sets, Double::sum));
			}
		}
		List<Plan.MuscleSets> perMuscle = new ArrayList<>();
		for (Muscle muscle : Muscle.values()) {
			double weekly = Rounding.round(sets.getOrDefault(muscle, 0.0), 1);
			String status = (weekly == 0) ? "NOT_TRAINED" : (weekly < VolumeRange.MIN) ? "BELOW"
					: (weekly > VolumeRange.MAX) ? "ABOVE" : "WITHIN";
			perMuscle.add(new Plan.MuscleSets(muscle.name(), muscle.group(), weekly, status));
		}
		return perMuscle;
	}

	/** Resistance exercises the user can do, at their level, loading nothing they avoid. */
	static List<Exercise> eligible(PlanInput input, List<Exercise> library) {
		Set<String> avoid = new HashSet<>();
		input.avoid().forEach((entry) -> avoid.add(entry.toLowerCase(Locale.ROOT)));
		return library.stream()
			.filter(Exercise::isResistance)
			.filter((exercise) -> exercise.pattern() != MovementPattern.OTHER)
			.filter((exercise) -> Equipment.allows(input.equipment(), exercise))
			.filter((exercise) -> input.experience().allows(exercise))
			.filter((exercise) -> exercise.involvedMusclesAndGroups().stream().noneMatch(avoid::contains))
			.toList();
	}

	private static Set<String> trainedGroups(PlanInput input) {
		Set<String> trained = new java.util.LinkedHashSet<>(MuscleGroups.GROUPS);
		input.avoid().forEach((entry) -> trained.remove(entry.toUpperCase(Locale.ROOT)));
		return trained;
	}

	/**
	 * Weekly set targets: 10 for beginners, 12 for intermediates, 14 for advanced lifters, four
	 * more for a focus group, never past 20. {@code lean} puts non-focus groups at 10.
	 */
	static Map<String, Integer> targets(PlanInput input, Set<String> trained, boolean lean) {
		int base = switch (input.experience()) {
			case BEGINNER -> VolumeRange.MIN;
			case INTERMEDIATE -> VolumeRange.MIN + 2;
			case ADVANCED -> VolumeRange.MIN + 4;
		};
		Map<String, Integer> targets = new LinkedHashMap<>();
		for (String group : trained) {
			boolean focus = input.focusGroups().contains(group);
			targets.put(group, focus ? Math.min(VolumeRange.MAX, base + FOCUS_BONUS) : lean ? VolumeRange.MIN : base);
		}
		return targets;
	}

	private Allocation allocate(List<Split.Day> templates, ExercisePicker picker, Map<String, Integer> targets,
			PlanInput input) {
		picker.reset();
		Allocation allocation = new Allocation(templates.size());
		for (int d = 0; d < templates.size(); d++) {
			for (MovementPattern pattern : templates.get(d).patterns()) {
				Exercise exercise = picker.next(pattern, MAIN_PATTERNS.contains(pattern));
				if (exercise != null) {
					boolean main = MAIN_PATTERNS.contains(pattern) && exercise.isCompound();
					allocation.slots.add(new Slot(d, pattern, exercise, main, main ? 3 : MIN_SETS_PER_EXERCISE));
				}
			}
		}
		// One set at a time towards the targets; bounded, since each step moves a group towards its range.
		for (int step = 0; step < 400; step++) {
			Map<String, double[]> volume = allocation.volume();
			String shortest = null;
			double shortBy = 0;
			String longest = null;
			double overBy = 0;
			for (String group : targets.keySet()) {
				double[] sets = volume.getOrDefault(group, new double[2]);
				double total = sets[0] + sets[1];
				if (!allocation.unreachable.contains(group) && targets.get(group) - total > shortBy) {
					shortest = group;
					shortBy = targets.get(group) - total;
				}
				if (!allocation.cannotTrim.contains(group) && total - VolumeRange.MAX > overBy) {
					longest = group;
					overBy = total - VolumeRange.MAX;
				}
			}
			if (longest != null) {
				if (!allocation.removeSet(longest, volume, targets)) {
					// Over only through other groups' exercises, none of which can give a set up.
					allocation.cannotTrim.add(longest);
				}
			}
			else if (shortest != null) {
				if (!allocation.addSet(shortest, templates, picker, input)) {
					allocation.unreachable.add(shortest);
				}
			}
			else {
				break;
			}
		}
		return allocation;
	}

	private Plan.PlannedExercise planned(Slot slot, PlanInput input, TrainingHistory history,
			Map<java.util.UUID, Long> logged) {
		Prescription prescription = Prescription.of(input.goal(), slot.main);
		StartingLoads.Load load = this.startingLoads.of(slot.exercise, prescription, history, input.unit());
		return new Plan.PlannedExercise(slot.exercise.id(), slot.exercise.name(), slot.pattern.name(),
				slot.exercise.equipment(), slot.main, slot.sets, prescription.repMin(), prescription.repMax(),
				prescription.rpe(), prescription.restSeconds(), load.value(), load.reason(),
				progression(slot, input), why(slot, input.goal(), logged.getOrDefault(slot.exercise.id(), 0L)));
	}

	/**
	 * Strength main lifts add load every successful session (linear); everything else climbs the
	 * rep range first (double progression). Lower-body barbell lifts take bigger steps.
	 */
	static Plan.Progression progression(Slot slot, PlanInput input) {
		double increment = Increments.increment(slot.exercise, input.unit());
		if (input.goal() == Goal.STRENGTH && slot.main) {
			return new Plan.Progression("LINEAR", increment, 3, 10,
					"add " + Rounding.label(increment) + " " + input.unit().symbol()
							+ " after each session with every rep done; after 3 misses in a row, take 10 % off and build again");
		}
		return new Plan.Progression("DOUBLE_PROGRESSION", increment, 3, 10, "add reps until every set reaches the top of "
				+ "the range, then add " + Rounding.label(increment) + " " + input.unit().symbol() + " and return to the bottom; after 3 "
				+ "stalled sessions, take 10 % off");
	}

	private static String why(Slot slot, Goal goal, long logged) {
		List<String> reasons = new ArrayList<>();
		reasons.add((slot.main ? "main lift" : "accessory") + " for the "
				+ slot.pattern.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " pattern");
		if (logged > 0) {
			reasons.add("you have logged it in " + logged + " session" + ((logged == 1) ? "" : "s"));
		}
		if (ExercisePicker.suitsGoal(slot.exercise, goal)) {
			reasons.add(slot.exercise.equipment().toLowerCase(Locale.ROOT).replace('_', ' ') + " suits a "
					+ goal.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " goal");
		}
		if (slot.exercise.curated()) {
			reasons.add("a staple with instructions in the library");
		}
		return String.join("; ", reasons);
	}

}
