package io.repwise.ai.plan;

import java.util.Set;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.Goal;
import io.repwise.training.WeightUnit;

/**
 * What a plan is generated from, after the request has been merged over the profile.
 *
 * @param focusGroups muscle groups ({@code CHEST}, …) to give more volume
 * @param avoid muscle groups ({@code SHOULDERS}) or library muscles ({@code lower back}) no exercise may load
 */
public record PlanInput(Goal goal, Experience experience, int daysPerWeek, int sessionMinutes, Set<Equipment> equipment,
		int weeks, Set<String> focusGroups, Set<String> avoid, WeightUnit unit) {

	public PlanInput {
		equipment = Set.copyOf(equipment);
		focusGroups = Set.copyOf(focusGroups);
		avoid = Set.copyOf(avoid);
	}

}
