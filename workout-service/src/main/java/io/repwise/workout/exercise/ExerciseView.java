package io.repwise.workout.exercise;

import java.util.List;
import java.util.UUID;

/** An exercise as clients see it; {@code custom} marks a user's own private exercise. */
public record ExerciseView(UUID id, String name, String category, String muscleGroup, String difficulty,
		String equipment, String mechanic, String force, String tracking, Double met, List<String> primaryMuscles,
		List<String> secondaryMuscles, List<String> instructions, boolean custom) {
}
