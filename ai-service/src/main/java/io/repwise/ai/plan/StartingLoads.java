package io.repwise.ai.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Increments;
import io.repwise.training.LoadStep;
import io.repwise.ai.training.Rounding;
import io.repwise.training.StrengthCurve;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingHistory.ExerciseSession;
import io.repwise.training.WeightUnit;

/**
 * Week 1 loads from the user's estimated 1RM: the best estimate of the last 90 days of logged
 * sessions (or of the last session, if older), taken at the top of the rep range at the target RPE
 * from the RPE chart, rounded down to loadable weight. Without history there is no number to give:
 * the lifter finds the load in week 1 at RPE 6.
 */
final class StartingLoads {

	static final int RECENT_DAYS = 90;

	Load of(Exercise exercise, Prescription prescription, TrainingHistory history, WeightUnit unit) {
		if (!"WEIGHT_REPS".equals(exercise.tracking())) {
			return new Load(null, "body weight: add reps within the range before making it harder");
		}
		List<ExerciseSession> sessions = history.of(exercise.id());
		if (sessions.isEmpty()) {
			return new Load(null, "no history for this exercise: in week 1 work up to a weight you could lift about 4 more "
					+ "times (RPE 6) for " + prescription.repMax() + " reps, and log it");
		}
		Instant latest = sessions.get(sessions.size() - 1).date();
		Instant since = latest.minus(RECENT_DAYS, ChronoUnit.DAYS);
		ExerciseSession best = sessions.stream()
			.filter((session) -> !session.date().isBefore(since))
			.max((a, b) -> Double.compare(a.bestE1rm(), b.bestE1rm()))
			.orElseThrow();
		double percent = StrengthCurve.percentOfMax(prescription.repMax(), prescription.rpe());
		double load = LoadStep.of(exercise.equipment(), unit).roundDown(unit.fromKilograms(best.bestE1rm() * percent / 100));
		return new Load(load, "estimated 1RM " + Rounding.label(unit.fromKilograms(best.bestE1rm())) + " "
				+ unit.symbol() + " (best of the last " + RECENT_DAYS + " days of sessions) × " + Rounding.label(percent) + " % for "
				+ prescription.repMax() + " reps at RPE " + Rounding.label(prescription.rpe())
				+ " (RPE chart), rounded down to a loadable weight");
	}

	record Load(Double value, String reason) {
	}

}
