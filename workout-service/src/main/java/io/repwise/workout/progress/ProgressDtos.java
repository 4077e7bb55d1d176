package io.repwise.workout.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the progress API; weights in the request's units. */
final class ProgressDtos {

	private ProgressDtos() {
	}

	record BestSetView(UUID setId, Integer reps, Double weight, Double rpe, Integer rir, Integer durationSeconds,
			Double distance) {
	}

	/**
	 * @param e1rm the estimate every service uses (the training kernel's strength curve)
	 * @param epley and {@code brzycki}: the classic formulas from the same reps to failure, for comparison
	 */
	record EstimateView(double e1rm, double epley, double brzycki, double effectiveReps, boolean reliable) {
	}

	record SessionView(UUID workoutId, Instant performedAt, int sets, double volume, BestSetView bestSet,
			EstimateView estimated1rm) {
	}

	record GainView(Instant from, Instant to, double start, double end, double change, double percent) {
	}

	record ExerciseProgressView(UUID exerciseId, String exerciseName, String weightUnit, List<SessionView> sessions,
			GainView gain) {
	}

	record GroupVolumeView(double sets, double volume) {
	}

	record WeekView(LocalDate weekStart, int sets, double volume, Map<String, GroupVolumeView> muscleGroups) {
	}

	record VolumeView(String weightUnit, String zone, List<WeekView> weeks) {
	}

	record AdherenceView(UUID routineId, String routineName, double plannedWorkouts, int completedWorkouts,
			double percent) {
	}

	record SummaryView(Instant from, Instant to, String zone, int workouts, double workoutsPerWeek,
			Double averageDurationMinutes, int currentWeekStreak, int longestWeekStreak, int currentDayStreak,
			int longestDayStreak, AdherenceView adherence) {
	}

	record RecordView(UUID exerciseId, String exerciseName, String kind, Double weight, double value, String unit,
			UUID workoutId, UUID setId, Instant achievedAt) {
	}

}
