package io.repwise.ai.recovery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What to do today: {@code ROUTINE_DAY} (a day of the active routine), {@code TRAIN_GROUPS} (no
 * routine: the ready groups) or {@code REST}; each group's readiness 0–100 and why, and each
 * muscle's under it.
 */
public record NextWorkout(Instant asOf, String recommendation, RoutineDay routineDay, List<String> train,
		List<String> rest, List<MuscleReadiness> muscles, List<MuscleState> perMuscle, List<Suggested> exercises,
		List<String> reasons, List<String> rules) {

	/**
	 * One muscle's readiness ({@link MuscleRecovery}): the model's, and with the user's soreness
	 * report blended in.
	 *
	 * @param soreness the report counted, 0–10, or {@code null} when there is none from the last two days
	 */
	public record MuscleState(String muscle, String group, int readiness, int modelled, Integer soreness,
			double fatigue, Instant lastTrained) {
	}

	public record RoutineDay(UUID routineId, UUID dayId, String name) {
	}

	public record MuscleReadiness(String group, int readiness, String status, double fatigue, Instant lastTrained,
			double hoursUntilReady, String why) {
	}

	public record Suggested(UUID exerciseId, String name, String group, String why) {
	}

}
