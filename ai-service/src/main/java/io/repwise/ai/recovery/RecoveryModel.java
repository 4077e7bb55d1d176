package io.repwise.ai.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.HardSets;

/**
 * Per-group fatigue from recent hard sets ({@link HardSets}: not cardio or stretching), decaying exponentially: a set leaves 1 unit on its own
 * group and ½ on each group its secondary muscles reach, scaled by effort, and what is left after
 * {@code t} hours is {@code exp(−3t / T)} (5 % at the group's recovery time T: 72 h for legs and
 * back, 60 h for chest, 48 h for shoulders, arms and core). Ten fresh units, about one hard
 * session for a group, make readiness 0; readiness is {@code 100 × (1 − fatigue / 10)}.
 */
public final class RecoveryModel {

	static final double CAPACITY = 10;

	/** Readiness at or above which a group counts as ready to train hard. */
	public static final int READY = 80;

	/** Readiness below which a group should rest. */
	public static final int FATIGUED = 50;

	/** Older sessions have decayed to nothing that matters (below 1 % even for legs). */
	static final Duration LOOKBACK = Duration.ofDays(10);

	private RecoveryModel() {
	}

	public static double recoveryHours(String group) {
		return switch (group) {
			case "LEGS", "BACK" -> 72;
			case "CHEST" -> 60;
			default -> 48;
		};
	}

	/**
	 * Effort of a set: 1 at 0–1 reps in reserve, 0.1 less per further rep in reserve, at least 0.5;
	 * 0.9 (2 in reserve, a typical working set) when effort was not logged; 0.5 for sets without
	 * reps (timed or cardio work).
	 */
	public static double effort(TrainingSet set) {
		if (set.reps() == null) {
			return 0.5;
		}
		Double reserve = set.repsInReserve();
		if (reserve == null) {
			return 0.9;
		}
		return Math.max(0.5, 1 - 0.1 * Math.max(0, reserve - 1));
	}

	/** What remains of one unit of fatigue after {@code hours} for a group. */
	public static double remaining(String group, double hours) {
		return Math.exp(-3 * Math.max(0, hours) / recoveryHours(group));
	}

	public static int readiness(double fatigue) {
		return (int) Math.round(100 * Math.max(0, 1 - fatigue / CAPACITY));
	}

	/** Hours until a group's fatigue falls to the {@link #READY} level; 0 when it is there already. */
	public static double hoursUntilReady(String group, double fatigue) {
		double readyFatigue = CAPACITY * (1 - READY / 100.0);
		if (fatigue <= readyFatigue) {
			return 0;
		}
		return recoveryHours(group) / 3 * Math.log(fatigue / readyFatigue);
	}

	/** When a session's fatigue starts to decay: its end, or its start when no end was logged. */
	static Instant finishedAt(Session session) {
		return (session.endedAt() != null) ? session.endedAt() : session.startedAt();
	}

	static double hoursBetween(Instant at, Instant now) {
		return Math.max(0, Duration.between(at, now).toMinutes() / 60.0);
	}

	/** The set's exercise when the set is a hard set ({@link HardSets}); {@code null} otherwise or when unknown. */
	static Exercise hardSetExercise(TrainingSet set, Map<UUID, Exercise> catalog) {
		Exercise exercise = catalog.get(set.exerciseId());
		return (exercise != null && HardSets.counts(exercise.category())) ? exercise : null;
	}

	/** Fatigue per group at {@code now}, with the last time each group was trained. */
	public static Map<String, GroupFatigue> fatigue(TrainingHistory history, Map<UUID, Exercise> catalog, Instant now) {
		Map<String, GroupFatigue> fatigue = new LinkedHashMap<>();
		Instant since = now.minus(LOOKBACK);
		for (Session session : history.sessions()) {
			if (session.startedAt().isBefore(since) || session.startedAt().isAfter(now)) {
				continue;
			}
			Instant at = finishedAt(session);
			double hours = hoursBetween(at, now);
			for (TrainingSet set : session.sets()) {
				Exercise exercise = hardSetExercise(set, catalog);
				if (exercise == null) {
					continue;
				}
				double effort = effort(set);
				add(fatigue, exercise.muscleGroup(), effort, hours, at, true);
				for (String group : exercise.indirectGroups()) {
					add(fatigue, group, 0.5 * effort, hours, at, false);
				}
			}
		}
		return fatigue;
	}

	private static void add(Map<String, GroupFatigue> fatigue, String group, double units, double hours, Instant at,
			boolean direct) {
		GroupFatigue current = fatigue.getOrDefault(group, new GroupFatigue(0, 0, null));
		Instant last = (direct && (current.lastTrained() == null || at.isAfter(current.lastTrained()))) ? at
				: current.lastTrained();
		fatigue.put(group, new GroupFatigue(current.fatigue() + units * remaining(group, hours),
				current.hardSets() + (direct ? 1 : 0), last));
	}

	/** @param hardSets direct sets in the look-back window */
	public record GroupFatigue(double fatigue, int hardSets, Instant lastTrained) {
	}

}
