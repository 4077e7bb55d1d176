package io.repwise.ai.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.Muscle;

/**
 * Fatigue and readiness per muscle, the finer model under the six groups. Each hard set leaves
 * {@code credit × effort × intensity} units on every muscle it trains: credit 1 for a primary and
 * ½ for a secondary muscle ({@link Muscle#credits}); effort from the reps left in reserve
 * ({@link RecoveryModel#effort}); intensity from the load against the lifter's best e1RM for the
 * exercise, 1 at {@value #REFERENCE_PERCENT} %, between 0.7 and 1.2 (light sets tire less, near-
 * maximal ones more). The units decay as {@code exp(−3t / T)}, 5 % left at the muscle's recovery
 * time T: 72 h for quadriceps, hamstrings, glutes, adductors and lower back, 60 h for chest, lats,
 * middle back and traps, 48 h for the rest (MacDougall 1995, Damas 2016: larger muscles and
 * more work take longer). Ten fresh units make readiness 0.
 * <p>
 * The lifter's own word wins for a day: a soreness report s (0–10) reads as readiness
 * {@code 100 − 10 s}, taken as it is for 24 hours after the report and faded back into the model's
 * estimate over the 24 after that.
 */
public final class MuscleRecovery {

	static final double REFERENCE_PERCENT = 75;

	static final double CAPACITY = 10;

	/** Hours a soreness report is taken as it is, and hours it then fades over. */
	static final double REPORT_HOLDS_HOURS = 24;

	static final double REPORT_FADES_HOURS = 24;

	private MuscleRecovery() {
	}

	/** A soreness report for one muscle. */
	public record Soreness(Muscle muscle, int score, Instant reportedAt) {
	}

	/**
	 * @param readiness 0–100, the model's blended with any recent report
	 * @param modelled the model's readiness alone
	 * @param soreness the latest report's score within the last two days, or {@code null}
	 */
	public record State(Muscle muscle, double fatigue, int modelled, int readiness, Integer soreness,
			Instant lastTrained) {
	}

	public static double recoveryHours(Muscle muscle) {
		return switch (muscle) {
			case QUADRICEPS, HAMSTRINGS, GLUTES, ADDUCTORS, LOWER_BACK -> 72;
			case CHEST, LATS, MIDDLE_BACK, TRAPS -> 60;
			default -> 48;
		};
	}

	/** Every muscle's state at {@code now}; {@code reports} newest first. */
	public static Map<Muscle, State> at(TrainingHistory history, Map<UUID, Exercise> catalog, List<Soreness> reports,
			Instant now) {
		Map<Muscle, Double> fatigue = new EnumMap<>(Muscle.class);
		Map<Muscle, Instant> lastTrained = new EnumMap<>(Muscle.class);
		Map<UUID, Double> bestE1rm = new HashMap<>();
		Instant since = now.minus(RecoveryModel.LOOKBACK);
		for (Session session : history.sessions()) {
			if (session.startedAt().isAfter(now)) {
				continue;
			}
			Instant at = RecoveryModel.finishedAt(session);
			double hours = RecoveryModel.hoursBetween(at, now);
			for (TrainingSet set : session.sets()) {
				Exercise exercise = RecoveryModel.hardSetExercise(set, catalog);
				if (exercise == null) {
					continue;
				}
				// The best e1RM so far, sessions in order: what "heavy" meant on the day.
				Double e1rm = (set.estimate() != null) ? set.estimate().value() : null;
				if (e1rm != null) {
					bestE1rm.merge(exercise.id(), e1rm, Math::max);
				}
				if (session.startedAt().isBefore(since)) {
					continue;
				}
				double units = RecoveryModel.effort(set) * intensity(set, bestE1rm.get(exercise.id()));
				Muscle.credits(exercise.primaryMuscles(), exercise.secondaryMuscles(), exercise.name(), exercise.force())
					.forEach((muscle, credit) -> {
						double left = Math.exp(-3 * hours / recoveryHours(muscle));
						fatigue.merge(muscle, credit * units * left, Double::sum);
						lastTrained.merge(muscle, at, (a, b) -> a.isAfter(b) ? a : b);
					});
			}
		}
		Map<Muscle, Soreness> latest = new EnumMap<>(Muscle.class);
		for (Soreness report : reports) {
			latest.putIfAbsent(report.muscle(), report);
		}
		Map<Muscle, State> states = new EnumMap<>(Muscle.class);
		for (Muscle muscle : Muscle.values()) {
			double units = fatigue.getOrDefault(muscle, 0.0);
			int modelled = (int) Math.round(100 * Math.max(0, 1 - units / CAPACITY));
			Soreness report = latest.get(muscle);
			double weight = (report != null) ? reportWeight(Duration.between(report.reportedAt(), now).toMinutes() / 60.0) : 0;
			int readiness = (weight > 0) ? (int) Math.round(weight * (100 - 10 * report.score()) + (1 - weight) * modelled)
					: modelled;
			states.put(muscle, new State(muscle, units, modelled, readiness, (weight > 0) ? report.score() : null,
					lastTrained.get(muscle)));
		}
		return states;
	}

	/** How much a report of {@code hoursAgo} counts against the model: 1, then fading to 0. */
	static double reportWeight(double hoursAgo) {
		if (hoursAgo < 0) {
			return 1;
		}
		if (hoursAgo <= REPORT_HOLDS_HOURS) {
			return 1;
		}
		return Math.max(0, 1 - (hoursAgo - REPORT_HOLDS_HOURS) / REPORT_FADES_HOURS);
	}

	/** Load against the best e1RM, relative to {@value #REFERENCE_PERCENT} %, within 0.7–1.2; 1 without a load. */
	static double intensity(TrainingSet set, Double bestE1rm) {
		if (!set.isLoaded() || bestE1rm == null || bestE1rm <= 0) {
			return 1;
		}
		double percent = 100 * set.weightKg() / bestE1rm;
		return Math.max(0.7, Math.min(1.2, percent / REFERENCE_PERCENT));
	}

}
