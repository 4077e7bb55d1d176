package io.repwise.ai.progression;

import java.util.List;
import java.util.Optional;

import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Citations;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Increments;
import io.repwise.training.DeloadTrigger;
import io.repwise.training.Effort;
import io.repwise.training.LoadStep;
import io.repwise.training.PlateInventory;
import io.repwise.ai.training.Rounding;
import io.repwise.training.StrengthCurve;
import io.repwise.ai.training.TrainingHistory.ExerciseSession;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.WeightUnit;

/**
 * The next session's load and reps for one exercise, from its logged sessions.
 * <ul>
 * <li>Stalled (at least four sessions and the last three without an e1RM above the best before
 * them, not all at or under the target effort): a deload (10 % off) if the last session was hard (RPE 9+ or effort unknown), otherwise a
 * change of rep range, since effort was there to give but the range stopped paying.</li>
 * <li>Effort logged on the top set: RPE-based, the load the RPE chart gives for the target reps at
 * the target RPE from the last session's e1RM, and at least a step above the last load when that
 * session was easier than the target (rounding down must not hold it).</li>
 * <li>Otherwise double progression: every working set at the top of the range earns the increment
 * and a return to the bottom; short of that, the same load for one more rep.</li>
 * </ul>
 * Loads are rounded down to what the equipment can be loaded with.
 */
public final class ProgressionAdvisor {

	static final int STALL_SESSIONS = 3;

	static final double DEFAULT_RPE = 8;

	/** The lifter's own bar and plates, or {@code null} for the equipment's standard steps. */
	private final PlateInventory plates;

	public ProgressionAdvisor() {
		this(null);
	}

	/** @param plates the lifter's bar and plates: barbell loads are rounded to what they make */
	public ProgressionAdvisor(PlateInventory plates) {
		this.plates = plates;
	}

	public NextSession advise(Exercise exercise, List<ExerciseSession> sessions, ActiveRoutine.Prescribed prescribed,
			WeightUnit unit) {
		return advise(exercise, sessions, prescribed, unit, Optional.empty());
	}

	/**
	 * @param lowReadiness why the week's soreness reports call a deload ({@link DeloadTrigger#lowReadiness}),
	 * or empty
	 */
	public NextSession advise(Exercise exercise, List<ExerciseSession> sessions, ActiveRoutine.Prescribed prescribed,
			WeightUnit unit, Optional<String> lowReadiness) {
		List<String> rules = List.of(Citations.E1RM, Citations.RPE_CHART, Citations.RPE_SCALE);
		if (prescribed != null && prescribed.next() != null && prescribed.next().weightKg() != null) {
			return fromRoutine(exercise, prescribed, unit, sessions.stream().map(ExerciseSession::bestE1rm).toList(), rules);
		}
		if (sessions.isEmpty()) {
			return new NextSession(exercise.id(), exercise.name(), "NO_HISTORY", null, unit.symbol(), null, null, null,
					null, false, List.of(), "No loaded sets logged for this exercise yet: start light (about RPE 6) and "
							+ "log the session; the next one is worked out from it.", rules);
		}
		ExerciseSession last = sessions.get(sessions.size() - 1);
		TrainingSet top = last.bestSet();
		List<Double> trendKg = sessions.stream().map(ExerciseSession::bestE1rm).toList();
		int[] range = (prescribed != null) ? new int[] { prescribed.repMin(), prescribed.repMax() } : rangeAround(top.reps());
		double targetRpe = (prescribed != null && prescribed.targetRpe() != null) ? prescribed.targetRpe() : DEFAULT_RPE;
		int sets = (prescribed != null) ? prescribed.sets() : workingSets(last);
		List<Double> trend = sessions.subList(Math.max(0, sessions.size() - 6), sessions.size())
			.stream()
			.map((session) -> Rounding.round(unit.fromKilograms(session.bestE1rm()), 1))
			.toList();
		String lastTop = Rounding.label(unit.fromKilograms(top.weightKg())) + " " + unit.symbol() + " × " + top.reps()
				+ ((top.rpe() != null) ? " @ RPE " + Rounding.label(top.rpe()) : (top.rir() != null) ? " with " + top.rir() + " RIR" : "");

		Optional<String> falling = DeloadTrigger.falling(DeloadTrigger.remember(trendKg, null)).or(() -> lowReadiness);
		if (falling.isPresent()) {
			double load = round(unit.fromKilograms(top.weightKg() * 0.9), exercise, unit);
			return new NextSession(exercise.id(), exercise.name(), "DELOAD", load, unit.symbol(), sets, range[0], range[1],
					targetRpe - 2, true, trend, falling.get() + ": fatigue is outrunning recovery. Deload: 10 % off for one "
							+ "session at RPE " + Rounding.label(targetRpe - 2) + ", then build back up.", rules);
		}
		if (stalled(sessions, targetRpe)) {
			double bestBefore = bestBefore(sessions);
			boolean hard = top.repsInReserve() == null || top.repsInReserve() <= 1;
			String stall = "No e1RM gain over the last " + STALL_SESSIONS + " sessions (best then "
					+ Rounding.label(unit.fromKilograms(maxOfLast(sessions))) + " " + unit.symbol() + ", best before "
					+ Rounding.label(unit.fromKilograms(bestBefore)) + " " + unit.symbol() + "). ";
			if (hard) {
				double load = round(unit.fromKilograms(top.weightKg() * 0.9), exercise, unit);
				return new NextSession(exercise.id(), exercise.name(), "DELOAD", load, unit.symbol(), sets, range[0],
						range[1], targetRpe - 2, true, trend, stall + "The last top set (" + lastTop + ") was "
								+ ((top.repsInReserve() == null) ? "logged without effort, so it is taken as hard" : "at RPE 9 or more")
								+ ": fatigue is the likely limit. Deload: 10 % off for one session at RPE " + Rounding.label(targetRpe - 2)
								+ ", then build back up.", rules);
			}
			int[] newRange = (range[1] <= 6) ? new int[] { 6, 10 } : new int[] { 3, 6 };
			double load = round(unit.fromKilograms(StrengthCurve.loadAtRpe(last.bestE1rm(), newRange[1], targetRpe)), exercise, unit);
			return new NextSession(exercise.id(), exercise.name(), "REP_RANGE_CHANGE", load, unit.symbol(), sets,
					newRange[0], newRange[1], targetRpe, true, trend, stall + "The last top set (" + lastTop
							+ ") still had reps in reserve, so effort is not the limit: change the stimulus from "
							+ range[0] + "–" + range[1] + " to " + newRange[0] + "–" + newRange[1] + " reps, at "
							+ Rounding.label(StrengthCurve.percentOfMax(newRange[1], targetRpe)) + " % of the e1RM "
							+ Rounding.label(unit.fromKilograms(last.bestE1rm())) + " " + unit.symbol() + ".", rules);
		}
		if (top.repsInReserve() != null) {
			int reps = Math.max(range[0], Math.min(range[1], top.reps()));
			double percent = StrengthCurve.percentOfMax(reps, targetRpe);
			double load = round(unit.fromKilograms(StrengthCurve.loadAtRpe(last.bestE1rm(), reps, targetRpe)), exercise, unit);
			String why = "Last top set " + lastTop + " gives an e1RM of " + Rounding.label(unit.fromKilograms(last.bestE1rm()))
					+ " " + unit.symbol() + ". " + reps + " reps at RPE " + Rounding.label(targetRpe) + " is "
					+ Rounding.label(percent) + " % of it (RPE chart), rounded down to a loadable " + Rounding.label(load) + " "
					+ unit.symbol() + ".";
			double lastLoad = unit.fromKilograms(top.weightKg());
			double lastRpe = Effort.rpe(top.repsInReserve());
			if (lastRpe < targetRpe && reps >= top.reps() && load <= lastLoad) {
				// Rounding down must not hold a load the lifter moved easier than prescribed: the
				// e1RM would stay put with it and the next sessions would read as a stall.
				double step = step(exercise, unit).step();
				load = round(lastLoad + step, exercise, unit);
				why += " The last top set was easier than RPE " + Rounding.label(targetRpe) + " (RPE " + Rounding.label(lastRpe)
						+ "), so at least one step up: " + Rounding.label(load) + " " + unit.symbol() + ".";
			}
			return new NextSession(exercise.id(), exercise.name(), "RPE", load, unit.symbol(), sets, reps, reps,
					targetRpe, false, trend, why, rules);
		}
		double lastLoad = unit.fromKilograms(top.weightKg());
		List<TrainingSet> atTop = last.sets().stream()
			.filter((set) -> set.weightKg() != null && set.reps() != null && set.weightKg() >= top.weightKg())
			.toList();
		boolean allAtTop = atTop.stream().allMatch((set) -> set.reps() >= range[1]);
		if (allAtTop) {
			double increment = Increments.increment(exercise, unit);
			double load = round(lastLoad + increment, exercise, unit);
			return new NextSession(exercise.id(), exercise.name(), "DOUBLE_PROGRESSION", load, unit.symbol(), sets,
					range[0], range[0], targetRpe, false, trend, "Every set at " + Rounding.label(lastLoad) + " " + unit.symbol()
							+ " reached " + range[1] + " reps, the top of the range: add " + Rounding.label(increment) + " "
							+ unit.symbol() + " and go back to " + range[0] + " reps.", rules);
		}
		int fewest = atTop.stream().mapToInt(TrainingSet::reps).min().orElse(top.reps());
		int reps = Math.min(range[1], Math.max(range[0], fewest + 1));
		return new NextSession(exercise.id(), exercise.name(), "DOUBLE_PROGRESSION", round(lastLoad, exercise, unit),
				unit.symbol(), sets, reps, range[1], targetRpe, false, trend, "Not every set at " + Rounding.label(lastLoad) + " "
						+ unit.symbol() + " reached " + range[1] + " reps (fewest: " + fewest + "): same load, aim for "
						+ reps + " reps on every set.", rules);
	}

	/** At least four sessions, and none of the last three beats the best e1RM before them. */
	/**
	 * The active routine's own targets: workout-service's rule keeps one state per exercise and
	 * moves it on as sessions are logged (performance deloads included, from the same trigger), so
	 * the advice for a routine exercise is that state, not a second opinion that could contradict it.
	 */
	private static NextSession fromRoutine(Exercise exercise, ActiveRoutine.Prescribed prescribed, WeightUnit unit,
			List<Double> trendKg, List<String> rules) {
		ActiveRoutine.RoutineTargets next = prescribed.next();
		double load = Rounding.round(unit.fromKilograms(next.weightKg()), 2);
		List<Double> trend = trendKg.subList(Math.max(0, trendKg.size() - 6), trendKg.size())
			.stream()
			.map((e1rm) -> Rounding.round(unit.fromKilograms(e1rm), 1))
			.toList();
		String decision = (next.lastDecision() != null) ? next.lastDecision()
				: "none yet: these are its starting targets.";
		return new NextSession(exercise.id(), exercise.name(), "ROUTINE", load, unit.symbol(), next.sets(), next.reps(),
				next.reps(), prescribed.targetRpe(), false, trend, "Your active routine's rule sets the next session: "
						+ next.sets() + " × " + next.reps() + " at " + Rounding.label(load) + " " + unit.symbol()
						+ ". Its last decision: " + decision, rules);
	}

	/**
	 * At least four sessions, none of the last three beating the best e1RM before them, and not
	 * all three made at or under the target effort: a lifter who keeps making the prescribed effort
	 * at the prescribed load is held there by the prescription (and by effort reported to the half
	 * point), not stalled, and is moved on by the load rising once their effort drops.
	 */
	static boolean stalled(List<ExerciseSession> sessions, double targetRpe) {
		if (sessions.size() < STALL_SESSIONS + 1) {
			return false;
		}
		boolean heldAtTarget = sessions.subList(sessions.size() - STALL_SESSIONS, sessions.size())
			.stream()
			.map(ExerciseSession::bestSet)
			.allMatch((set) -> set.repsInReserve() != null && Effort.rpe(set.repsInReserve()) <= targetRpe);
		return !heldAtTarget && maxOfLast(sessions) <= bestBefore(sessions);
	}

	private static double maxOfLast(List<ExerciseSession> sessions) {
		return sessions.subList(sessions.size() - STALL_SESSIONS, sessions.size())
			.stream()
			.mapToDouble(ExerciseSession::bestE1rm)
			.max()
			.orElse(0);
	}

	private static double bestBefore(List<ExerciseSession> sessions) {
		return sessions.subList(0, sessions.size() - STALL_SESSIONS)
			.stream()
			.mapToDouble(ExerciseSession::bestE1rm)
			.max()
			.orElse(0);
	}

	/** The usual rep band around a set's reps, when no routine says. */
	static int[] rangeAround(int reps) {
		if (reps <= 5) {
			return new int[] { 3, 5 };
		}
		if (reps <= 10) {
			return new int[] { 6, 10 };
		}
		if (reps <= 15) {
			return new int[] { 10, 15 };
		}
		return new int[] { 15, 25 };
	}

	private static int workingSets(ExerciseSession session) {
		return (int) Math.max(1, session.sets().stream().filter(TrainingSet::isLoaded).count());
	}


	private double round(double load, Exercise exercise, WeightUnit unit) {
		return step(exercise, unit).roundDown(load);
	}

	/** The lifter's plates for a barbell loaded in their unit; the equipment's standard steps otherwise. */
	LoadStep step(Exercise exercise, WeightUnit unit) {
		if (this.plates != null && this.plates.unit() == unit && "BARBELL".equals(exercise.equipment())) {
			return this.plates.loadStep();
		}
		return LoadStep.of(exercise.equipment(), unit);
	}


	/**
	 * @param method {@code ROUTINE} (the active routine's stored targets), {@code RPE}, {@code DOUBLE_PROGRESSION},
	 * {@code DELOAD}, {@code REP_RANGE_CHANGE} or {@code NO_HISTORY}
	 * @param e1rmTrend the last sessions' best e1RM, oldest first
	 */
	public record NextSession(java.util.UUID exerciseId, String exerciseName, String method, Double load,
			String weightUnit, Integer sets, Integer repMin, Integer repMax, Double targetRpe, boolean stalled,
			List<Double> e1rmTrend, String why, List<String> rules) {
	}

}
