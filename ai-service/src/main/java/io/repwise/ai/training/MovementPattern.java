package io.repwise.ai.training;

import java.util.List;

/**
 * The movement an exercise trains, read from its prime mover, mechanic and force: what plans fill
 * slots with and what makes one exercise a substitute for another.
 */
public enum MovementPattern {

	SQUAT, HINGE, LEG_ISOLATION, CALF_RAISE, HORIZONTAL_PUSH, CHEST_FLY, VERTICAL_PUSH, SHOULDER_ISOLATION,
	HORIZONTAL_PULL, VERTICAL_PULL, ELBOW_FLEXION, ELBOW_EXTENSION, CORE, OTHER;

	static MovementPattern of(Exercise exercise) {
		List<String> primary = exercise.primaryMuscles();
		boolean compound = exercise.isCompound();
		if (primary.contains("abdominals")) {
			return CORE;
		}
		if (primary.contains("calves")) {
			return CALF_RAISE;
		}
		if (primary.contains("quadriceps")) {
			return compound ? SQUAT : LEG_ISOLATION;
		}
		if (primary.contains("hamstrings") || primary.contains("glutes") || primary.contains("lower back")) {
			return compound ? HINGE : LEG_ISOLATION;
		}
		if (primary.contains("chest")) {
			return compound ? HORIZONTAL_PUSH : CHEST_FLY;
		}
		if (primary.contains("shoulders")) {
			return (compound && "PUSH".equals(exercise.force())) ? VERTICAL_PUSH : SHOULDER_ISOLATION;
		}
		if (primary.contains("lats")) {
			return VERTICAL_PULL;
		}
		if (primary.contains("middle back")) {
			return HORIZONTAL_PULL;
		}
		if (primary.contains("biceps")) {
			return ELBOW_FLEXION;
		}
		if (primary.contains("triceps")) {
			return ELBOW_EXTENSION;
		}
		return OTHER;
	}

	/** The muscle group a pattern trains directly. */
	public String group() {
		return switch (this) {
			case SQUAT, HINGE, LEG_ISOLATION, CALF_RAISE -> "LEGS";
			case HORIZONTAL_PUSH, CHEST_FLY -> "CHEST";
			case VERTICAL_PUSH, SHOULDER_ISOLATION -> "SHOULDERS";
			case HORIZONTAL_PULL, VERTICAL_PULL -> "BACK";
			case ELBOW_FLEXION, ELBOW_EXTENSION -> "ARMS";
			case CORE -> "CORE";
			case OTHER -> null;
		};
	}

}
