package io.repwise.ai.plan;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.Goal;

/**
 * What to plan for; every field left out is taken from the training profile.
 *
 * @param focusMuscles muscle groups to give more volume
 * @param avoidMuscles muscle groups or library muscles ({@code lower back}) no exercise may load
 * @param name the routine's name when saved
 */
record PlanRequest(Goal goal, Experience experience, @Min(2) @Max(6) Integer daysPerWeek,
		@Min(20) @Max(180) Integer sessionMinutes, @Size(max = 11) List<@NotNull Equipment> equipment,
		@Min(4) @Max(16) Integer weeks, @Size(max = 6) List<@NotNull MuscleGroup> focusMuscles,
		@Size(max = 17) List<@NotNull @Size(max = 40) String> avoidMuscles, @Size(max = 120) String name) {

	enum MuscleGroup {

		CHEST, BACK, SHOULDERS, ARMS, LEGS, CORE

	}

}
