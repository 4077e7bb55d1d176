package io.repwise.ai.recovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.repwise.ai.recovery.RecoveryModel.GroupFatigue;
import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Citations;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Rounding;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.training.Muscle;
import io.repwise.training.MuscleGroups;

/**
 * Decides what to train today from each group's readiness. With an active routine: the next day in
 * its rotation if its groups are ready, else the readiest day whose groups are, else rest. Without
 * one: the ready groups, with the user's own most-logged exercises for them.
 */
public final class NextWorkoutAdvisor {

	/** A routine day whose trained groups average at least this is good to go. */
	static final int DAY_READY = 70;

	public NextWorkout advise(TrainingHistory history, Map<UUID, Exercise> catalog, ActiveRoutine routine, Instant now) {
		return advise(history, catalog, routine, List.of(), now);
	}

	/**
	 * @param soreness the user's reports, newest first: a sore muscle holds its group's readiness
	 * down to its own, whatever the group's fatigue says
	 */
	public NextWorkout advise(TrainingHistory history, Map<UUID, Exercise> catalog, ActiveRoutine routine,
			List<MuscleRecovery.Soreness> soreness, Instant now) {
		Map<String, GroupFatigue> fatigue = RecoveryModel.fatigue(history, catalog, now);
		Map<Muscle, MuscleRecovery.State> perMuscle = MuscleRecovery.at(history, catalog, soreness, now);
		Map<String, Integer> readiness = new LinkedHashMap<>();
		List<NextWorkout.MuscleReadiness> muscles = new ArrayList<>();
		for (String group : MuscleGroups.GROUPS) {
			GroupFatigue state = fatigue.getOrDefault(group, new GroupFatigue(0, 0, null));
			int modelled = RecoveryModel.readiness(state.fatigue());
			MuscleRecovery.State sorest = perMuscle.values()
				.stream()
				.filter((m) -> m.muscle().group().equals(group) && m.soreness() != null)
				.min(Comparator.comparingInt(MuscleRecovery.State::readiness))
				.orElse(null);
			int ready = (sorest != null) ? Math.min(modelled, sorest.readiness()) : modelled;
			readiness.put(group, ready);
			String status = (ready >= RecoveryModel.READY) ? "READY" : (ready >= RecoveryModel.FATIGUED) ? "RECOVERING" : "FATIGUED";
			String why = (state.lastTrained() == null && state.fatigue() == 0) ? "not trained in the last 10 days"
					: state.hardSets() + " direct hard set" + ((state.hardSets() == 1) ? "" : "s") + " in the last 10 days"
							+ ((state.lastTrained() != null) ? ", the last " + hoursAgo(state.lastTrained(), now) + " h ago" : "")
							+ "; " + Rounding.round(state.fatigue(), 1) + " fatigue units left of " + (int) RecoveryModel.CAPACITY
							+ " (recovers over about " + (int) RecoveryModel.recoveryHours(group) + " h)";
			if (sorest != null && sorest.readiness() < modelled) {
				why += "; you reported " + sorest.muscle().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " soreness "
						+ sorest.soreness() + "/10, which holds it at " + ready;
			}
			muscles.add(new NextWorkout.MuscleReadiness(group, ready, status, Rounding.round(state.fatigue(), 2),
					state.lastTrained(), Rounding.round(RecoveryModel.hoursUntilReady(group, state.fatigue()), 1), why));
		}
		List<NextWorkout.MuscleState> states = perMuscle.values()
			.stream()
			.map((m) -> new NextWorkout.MuscleState(m.muscle().name(), m.muscle().group(), m.readiness(), m.modelled(),
					m.soreness(), Rounding.round(m.fatigue(), 2), m.lastTrained()))
			.toList();
		List<String> train = MuscleGroups.GROUPS.stream().filter((g) -> readiness.get(g) >= RecoveryModel.READY).toList();
		List<String> rest = MuscleGroups.GROUPS.stream().filter((g) -> readiness.get(g) < RecoveryModel.FATIGUED).toList();
		List<String> reasons = new ArrayList<>();
		if (routine != null && !routine.days().isEmpty()) {
			return fromRoutine(history, catalog, routine, readiness, muscles, states, train, rest, reasons, now);
		}
		reasons.add("No active routine: train the groups that are ready (readiness " + RecoveryModel.READY + "+).");
		if (train.isEmpty()) {
			reasons.add("Every group is still recovering: rest, or keep it light (walking, mobility).");
			return new NextWorkout(now, "REST", null, train, rest, muscles, states, List.of(), reasons, rules());
		}
		List<NextWorkout.Suggested> suggested = favourites(history, catalog, train);
		if (suggested.isEmpty()) {
			reasons.add("No logged exercises for these groups yet: generate a plan to get some.");
		}
		return new NextWorkout(now, "TRAIN_GROUPS", null, train, rest, muscles, states, suggested, reasons, rules());
	}

	private NextWorkout fromRoutine(TrainingHistory history, Map<UUID, Exercise> catalog, ActiveRoutine routine,
			Map<String, Integer> readiness, List<NextWorkout.MuscleReadiness> muscles, List<NextWorkout.MuscleState> states,
			List<String> train, List<String> rest, List<String> reasons, Instant now) {
		int next = nextInRotation(history, routine);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < routine.days().size(); i++) {
			order.add((next + i) % routine.days().size());
		}
		ActiveRoutine.Day chosen = null;
		double chosenScore = -1;
		for (int index : order) {
			ActiveRoutine.Day day = routine.days().get(index);
			double score = dayReadiness(day, catalog, readiness);
			if (index == next && score >= DAY_READY) {
				chosen = day;
				chosenScore = score;
				reasons.add("\"" + day.name() + "\" is next in " + routine.name() + " and its muscles average readiness "
						+ Math.round(score) + ".");
				break;
			}
			if (score >= DAY_READY && score > chosenScore) {
				chosen = day;
				chosenScore = score;
			}
		}
		ActiveRoutine.Day due = routine.days().get(next);
		if (chosen != null && chosen != due) {
			reasons.add("\"" + due.name() + "\" is next in " + routine.name() + ", but its muscles average readiness "
					+ Math.round(dayReadiness(due, catalog, readiness)) + "; \"" + chosen.name() + "\" is the readiest day ("
					+ Math.round(chosenScore) + ").");
		}
		if (chosen == null) {
			reasons.add("No day of " + routine.name() + " has its muscles at readiness " + DAY_READY
					+ " or more: rest today, or keep it light.");
			return new NextWorkout(now, "REST", null, train, rest, muscles, states, List.of(), reasons, rules());
		}
		List<NextWorkout.Suggested> exercises = chosen.exercises()
			.stream()
			.map((p) -> new NextWorkout.Suggested(p.exerciseId(), p.name(), groupOf(catalog, p.exerciseId()),
					"in your routine: " + p.sets() + " × " + p.repMin() + "–" + p.repMax()))
			.toList();
		return new NextWorkout(now, "ROUTINE_DAY", new NextWorkout.RoutineDay(routine.id(), chosen.id(), chosen.name()),
				train, rest, muscles, states, exercises, reasons, rules());
	}

	/** The day after the last one logged from this routine; the first day when none was. */
	static int nextInRotation(TrainingHistory history, ActiveRoutine routine) {
		List<Session> sessions = history.sessions();
		for (int i = sessions.size() - 1; i >= 0; i--) {
			UUID dayId = sessions.get(i).routineDayId();
			if (dayId == null) {
				continue;
			}
			for (int d = 0; d < routine.days().size(); d++) {
				if (routine.days().get(d).id().equals(dayId)) {
					return (d + 1) % routine.days().size();
				}
			}
		}
		return 0;
	}

	/** Readiness of the day's groups, weighted by the sets it prescribes for each. */
	static double dayReadiness(ActiveRoutine.Day day, Map<UUID, Exercise> catalog, Map<String, Integer> readiness) {
		double weighted = 0;
		double sets = 0;
		for (ActiveRoutine.Prescribed prescribed : day.exercises()) {
			String group = groupOf(catalog, prescribed.exerciseId());
			if (group != null && readiness.containsKey(group)) {
				weighted += readiness.get(group) * prescribed.sets();
				sets += prescribed.sets();
			}
		}
		return (sets == 0) ? 100 : weighted / sets;
	}

	private static String groupOf(Map<UUID, Exercise> catalog, UUID exerciseId) {
		Exercise exercise = catalog.get(exerciseId);
		return (exercise != null) ? exercise.muscleGroup() : null;
	}

	/** The user's two most-logged exercises for each ready group. */
	private static List<NextWorkout.Suggested> favourites(TrainingHistory history, Map<UUID, Exercise> catalog,
			List<String> groups) {
		Map<UUID, Long> counts = history.sessionCounts();
		List<NextWorkout.Suggested> suggested = new ArrayList<>();
		for (String group : groups) {
			counts.entrySet()
				.stream()
				.filter((entry) -> catalog.containsKey(entry.getKey())
						&& group.equals(catalog.get(entry.getKey()).muscleGroup()))
				.sorted(Map.Entry.<UUID, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing((entry) -> catalog.get(entry.getKey()).name()))
				.limit(2)
				.forEach((entry) -> suggested.add(new NextWorkout.Suggested(entry.getKey(),
						catalog.get(entry.getKey()).name(), group, "you have logged it in " + entry.getValue() + " sessions; "
								+ group.toLowerCase(Locale.ROOT) + " is ready")));
		}
		return suggested;
	}

	private static long hoursAgo(Instant at, Instant now) {
		return java.time.Duration.between(at, now).toHours();
	}

	private static List<String> rules() {
		return List.of(Citations.RECOVERY, Citations.RPE_SCALE);
	}

}
