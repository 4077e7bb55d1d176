package io.repwise.ai.plan;

import java.util.List;

import io.repwise.ai.training.MovementPattern;

import static io.repwise.ai.training.MovementPattern.CALF_RAISE;
import static io.repwise.ai.training.MovementPattern.CHEST_FLY;
import static io.repwise.ai.training.MovementPattern.CORE;
import static io.repwise.ai.training.MovementPattern.ELBOW_EXTENSION;
import static io.repwise.ai.training.MovementPattern.ELBOW_FLEXION;
import static io.repwise.ai.training.MovementPattern.HINGE;
import static io.repwise.ai.training.MovementPattern.HORIZONTAL_PULL;
import static io.repwise.ai.training.MovementPattern.HORIZONTAL_PUSH;
import static io.repwise.ai.training.MovementPattern.LEG_ISOLATION;
import static io.repwise.ai.training.MovementPattern.SHOULDER_ISOLATION;
import static io.repwise.ai.training.MovementPattern.SQUAT;
import static io.repwise.ai.training.MovementPattern.VERTICAL_PULL;
import static io.repwise.ai.training.MovementPattern.VERTICAL_PUSH;

/**
 * How the week is divided, chosen by days per week so that every muscle group is trained about
 * twice a week (Schoenfeld et al. 2016: twice beats once for the same volume).
 */
enum Split {

	FULL_BODY("Full body", "with %d days each session trains every muscle group, so each is hit %d times a week"),
	UPPER_LOWER("Upper/Lower", "4 days alternate upper and lower body: each half is trained twice a week"),
	UPPER_LOWER_PUSH_PULL_LEGS("Upper/Lower + Push/Pull/Legs",
			"5 days: an upper/lower pair then push, pull and legs, so every group is trained twice a week"),
	PUSH_PULL_LEGS("Push/Pull/Legs", "6 days run push, pull and legs twice: every group twice a week");

	static final Day FULL_BODY_A = new Day("Full body A",
			List.of(SQUAT, HORIZONTAL_PUSH, VERTICAL_PULL, HINGE, SHOULDER_ISOLATION, CORE));

	static final Day FULL_BODY_B = new Day("Full body B",
			List.of(HINGE, VERTICAL_PUSH, HORIZONTAL_PULL, SQUAT, ELBOW_FLEXION, CORE));

	static final Day FULL_BODY_C = new Day("Full body C",
			List.of(SQUAT, HORIZONTAL_PUSH, HORIZONTAL_PULL, LEG_ISOLATION, ELBOW_EXTENSION, CALF_RAISE));

	static final Day UPPER = new Day("Upper",
			List.of(HORIZONTAL_PUSH, HORIZONTAL_PULL, VERTICAL_PUSH, VERTICAL_PULL, ELBOW_FLEXION, ELBOW_EXTENSION));

	static final Day LOWER = new Day("Lower", List.of(SQUAT, HINGE, LEG_ISOLATION, CALF_RAISE, CORE));

	static final Day PUSH = new Day("Push",
			List.of(HORIZONTAL_PUSH, VERTICAL_PUSH, CHEST_FLY, SHOULDER_ISOLATION, ELBOW_EXTENSION));

	static final Day PULL = new Day("Pull", List.of(VERTICAL_PULL, HORIZONTAL_PULL, ELBOW_FLEXION, CORE));

	static final Day LEGS = new Day("Legs", List.of(SQUAT, HINGE, LEG_ISOLATION, CALF_RAISE, CORE));

	private final String label;

	private final String reason;

	Split(String label, String reason) {
		this.label = label;
		this.reason = reason;
	}

	static Split forDays(int days) {
		return switch (days) {
			case 2, 3 -> FULL_BODY;
			case 4 -> UPPER_LOWER;
			case 5 -> UPPER_LOWER_PUSH_PULL_LEGS;
			default -> PUSH_PULL_LEGS;
		};
	}

	List<Day> days(int count) {
		return switch (this) {
			case FULL_BODY -> List.of(FULL_BODY_A, FULL_BODY_B, FULL_BODY_C).subList(0, count);
			case UPPER_LOWER -> List.of(UPPER.named("Upper A"), LOWER.named("Lower A"), UPPER.named("Upper B"),
					LOWER.named("Lower B"));
			case UPPER_LOWER_PUSH_PULL_LEGS -> List.of(UPPER, LOWER, PUSH, PULL, LEGS);
			case PUSH_PULL_LEGS -> List.of(PUSH.named("Push A"), PULL.named("Pull A"), LEGS.named("Legs A"),
					PUSH.named("Push B"), PULL.named("Pull B"), LEGS.named("Legs B"));
		};
	}

	String label() {
		return this.label;
	}

	String reason(int days) {
		return this.reason.formatted(days, days);
	}

	/** A training day of the template: the movement patterns it fills, main lifts first. */
	record Day(String name, List<MovementPattern> patterns) {

		Day named(String other) {
			return new Day(other, this.patterns);
		}

	}

}
