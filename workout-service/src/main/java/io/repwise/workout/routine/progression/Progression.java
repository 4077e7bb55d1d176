package io.repwise.workout.routine.progression;

import java.util.List;
import java.util.Optional;

import io.repwise.training.DeloadTrigger;
import io.repwise.training.LoadStep;

/**
 * Applies a {@link ProgressionRule} to the last session of an exercise and says what the next
 * session should be, and why. Plain arithmetic, no state beyond {@link Targets}. Loads are rounded
 * down to what the equipment carries in the lifter's unit ({@link LoadStep}); an increment smaller
 * than a step is banked until it fills one.
 */
public final class Progression {

	private Progression() {
	}

	/** The next targets and a sentence a user can read. */
	public record Decision(Targets next, String reason) {
	}

	/**
	 * @param repMin bottom of the prescribed rep range
	 * @param repMax top of the prescribed rep range (equal to {@code repMin} for a fixed target)
	 */
	public static Decision next(ProgressionRule rule, int repMin, int repMax, Targets current, SessionResult last,
			LoadStep rounding) {
		Targets base = withStartingLoad(current, last);
		List<Double> recent = DeloadTrigger.remember(current.recentE1rmsKg(), last.bestEstimatedMaxKg());
		Optional<String> falling = DeloadTrigger.falling(recent);
		if (falling.isPresent()) {
			Decision deload = performanceDeload(rule, repMin, base, rounding, falling.get());
			if (deload != null) {
				// The climb starts over: the falling sessions are not held against the next ones.
				return new Decision(deload.next().withRecentE1rms(List.of()), deload.reason());
			}
		}
		Decision decision;
		if (rule instanceof ProgressionRule.Linear linear) {
			decision = linear(linear, base, last, rounding);
		}
		else if (rule instanceof ProgressionRule.DoubleProgression progression) {
			decision = doubleProgression(progression, repMin, repMax, base, last, rounding);
		}
		else {
			decision = wave((ProgressionRule.PercentageWave) rule, base, last, rounding);
		}
		return new Decision(decision.next().withRecentE1rms(recent), decision.reason());
	}

	/**
	 * The rule's own deload, called by falling performance instead of missed reps: the load (or a
	 * wave's training max) down by the rule's deload percent, reps back to the start, failures and
	 * bank cleared. {@code null} when there is no load to take off.
	 */
	private static Decision performanceDeload(ProgressionRule rule, int repMin, Targets current, LoadStep rounding,
			String why) {
		if (rule instanceof ProgressionRule.PercentageWave wave) {
			if (current.trainingMaxKg() == null) {
				return null;
			}
			double trainingMax = Math.round(current.trainingMaxKg() * (1 - wave.deloadPercent() / 100) * 10) / 10.0;
			return new Decision(waveTargets(wave, new Targets(null, 0, 0, 0, 0, trainingMax), rounding),
					why + ": training max down " + format(wave.deloadPercent()) + " %, wave restarts.");
		}
		if (current.weightKg() == null) {
			return null;
		}
		int reps = (rule instanceof ProgressionRule.DoubleProgression) ? repMin : current.reps();
		double deloaded = rounding.roundDownKilograms(current.weightKg() * (1 - rule.deloadPercent() / 100));
		return new Decision(new Targets(deloaded, reps, current.sets(), 0, current.waveStep(), current.trainingMaxKg()),
				why + ": deload " + format(rule.deloadPercent()) + " % to " + load(deloaded, rounding) + ".");
	}

	/** The targets of a wave step, from the training max. */
	public static Targets waveTargets(ProgressionRule.PercentageWave wave, Targets state, LoadStep rounding) {
		ProgressionRule.PercentageWave.Step step = wave.steps().get(state.waveStep() % wave.steps().size());
		Double weight = (state.trainingMaxKg() != null) ? rounding.roundDownKilograms(state.trainingMaxKg() * step.percent() / 100)
				: null;
		return new Targets(weight, step.reps(), step.sets(), state.failures(), state.waveStep(), state.trainingMaxKg());
	}

	/** A routine copied without loads starts from what the lifter chose in the first session. */
	private static Targets withStartingLoad(Targets current, SessionResult last) {
		if (current.weightKg() == null && last.heaviestKg() != null) {
			return new Targets(last.heaviestKg(), current.reps(), current.sets(), current.failures(), current.waveStep(),
					current.trainingMaxKg());
		}
		return current;
	}

	private static Decision linear(ProgressionRule.Linear rule, Targets current, SessionResult last,
			LoadStep rounding) {
		if (last.hit(current.sets(), current.reps())) {
			if (current.weightKg() == null) {
				return new Decision(with(current, null, current.reps() + 1, 0),
						"All " + current.sets() + " sets reached " + current.reps() + " reps: one more rep per set.");
			}
			LoadStep.Banked next = rounding.bank(current.weightKg() + current.banked() + rule.incrementKg());
			return new Decision(with(current, next, current.reps()), "All " + current.sets() + " sets reached "
					+ current.reps() + " reps: add " + load(rule.incrementKg(), rounding) + banked(next, rounding) + ".");
		}
		return failed(rule, current, current.reps(), rounding, "Missed " + current.reps() + " reps on a set");
	}

	private static Decision doubleProgression(ProgressionRule.DoubleProgression rule, int repMin, int repMax,
			Targets current, SessionResult last, LoadStep rounding) {
		int lowest = last.lowestReps(current.sets());
		if (lowest >= repMax) {
			if (current.weightKg() == null) {
				return new Decision(with(current, null, repMax, 0),
						"Every set reached the top of the range (" + repMax + "); keep it there or pick a harder variation.");
			}
			LoadStep.Banked next = rounding.bank(current.weightKg() + current.banked() + rule.incrementKg());
			return new Decision(with(current, next, repMin), "Every set reached " + repMax + " reps: add "
					+ load(rule.incrementKg(), rounding) + banked(next, rounding) + " and start again at " + repMin + ".");
		}
		if (lowest >= current.reps()) {
			int reps = Math.min(repMax, Math.max(current.reps(), lowest) + 1);
			return new Decision(with(current, current.weightKg(), reps, 0),
					"Every set reached " + current.reps() + " reps: aim for " + reps + " next time.");
		}
		if (lowest >= repMin) {
			return new Decision(with(current, current.weightKg(), current.reps(), 0),
					"Inside the range but short of " + current.reps() + " reps on a set: repeat the target.");
		}
		return failed(rule, current, repMin, rounding, "A set fell below " + repMin + " reps");
	}

	private static Decision wave(ProgressionRule.PercentageWave rule, Targets current, SessionResult last,
			LoadStep rounding) {
		Targets state = current;
		if (state.trainingMaxKg() == null && last.bestEstimatedMaxKg() != null) {
			// 90 % of the estimated max, the usual conservative training max.
			state = new Targets(state.weightKg(), state.reps(), state.sets(), state.failures(), state.waveStep(),
					Math.round(last.bestEstimatedMaxKg() * 0.9 * 10) / 10.0);
		}
		ProgressionRule.PercentageWave.Step step = rule.steps().get(state.waveStep() % rule.steps().size());
		if (last.hit(step.sets(), step.reps())) {
			int nextStep = (state.waveStep() + 1) % rule.steps().size();
			boolean waveDone = nextStep == 0;
			Double trainingMax = (waveDone && state.trainingMaxKg() != null)
					? state.trainingMaxKg() + rule.trainingMaxIncrementKg() : state.trainingMaxKg();
			Targets next = waveTargets(rule,
					new Targets(null, 0, 0, 0, nextStep, trainingMax), rounding);
			return new Decision(next, waveDone
					? "Wave finished: training max up " + load(rule.trainingMaxIncrementKg(), rounding) + ", back to step 1."
					: "Step " + (state.waveStep() % rule.steps().size() + 1) + " done: on to step " + (nextStep + 1) + ".");
		}
		int failures = state.failures() + 1;
		if (failures >= rule.failuresBeforeDeload() && state.trainingMaxKg() != null) {
			double trainingMax = Math.round(state.trainingMaxKg() * (1 - rule.deloadPercent() / 100) * 10) / 10.0;
			Targets next = waveTargets(rule, new Targets(null, 0, 0, 0, 0, trainingMax), rounding);
			return new Decision(next, "Missed the step " + failures + " times in a row: training max down "
					+ format(rule.deloadPercent()) + " %, wave restarts.");
		}
		Targets next = waveTargets(rule, new Targets(null, 0, 0, failures, state.waveStep(), state.trainingMaxKg()),
				rounding);
		return new Decision(next, "Missed the step's reps: repeat it (" + failures + " of "
				+ rule.failuresBeforeDeload() + " before a deload).");
	}

	private static Decision failed(ProgressionRule rule, Targets current, int resetReps, LoadStep rounding,
			String what) {
		int failures = current.failures() + 1;
		if (failures >= rule.failuresBeforeDeload() && current.weightKg() != null) {
			double deloaded = rounding.roundDownKilograms(current.weightKg() * (1 - rule.deloadPercent() / 100));
			// A deload starts the climb again: nothing stays banked.
			Targets next = new Targets(deloaded, resetReps, current.sets(), 0, current.waveStep(), current.trainingMaxKg());
			return new Decision(next, what + " " + failures + " sessions in a row: deload " + format(rule.deloadPercent())
					+ " % to " + load(deloaded, rounding) + ".");
		}
		return new Decision(with(current, current.weightKg(), current.reps(), failures), what + ": repeat the weight ("
				+ failures + " of " + rule.failuresBeforeDeload() + " before a deload).");
	}

	/** New reps or failures at a load; what is banked stays banked until the next increment. */
	private static Targets with(Targets current, Double weightKg, int reps, int failures) {
		return new Targets(weightKg, reps, current.sets(), failures, current.waveStep(), current.trainingMaxKg(),
				current.bankedKg());
	}

	/** A successful session's targets: the loadable weight and what is left banked (none under half a gram). */
	private static Targets with(Targets current, LoadStep.Banked next, int reps) {
		Double banked = (next.bankedKilograms() >= 0.0005) ? next.bankedKilograms() : null;
		return new Targets(next.loadKilograms(), reps, current.sets(), 0, current.waveStep(), current.trainingMaxKg(),
				banked);
	}

	/** Says so when part of the progress waits in the bank. */
	private static String banked(LoadStep.Banked next, LoadStep step) {
		if (step.unit().fromKilograms(next.bankedKilograms()) < 0.005) {
			return "";
		}
		return " (" + load(next.bankedKilograms(), step) + " of it banked until it fills a " + format(step.step()) + " "
				+ step.unit().symbol() + " step)";
	}

	/** A load in the unit the lifter loads in, to two decimals at most. */
	private static String load(double kilograms, LoadStep step) {
		return format(Math.round(step.unit().fromKilograms(kilograms) * 100) / 100.0) + " " + step.unit().symbol();
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
