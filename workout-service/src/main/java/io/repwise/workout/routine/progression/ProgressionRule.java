package io.repwise.workout.routine.progression;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How an exercise's targets move from one session to the next. Every rule also deloads: after
 * {@code failuresBeforeDeload} sessions in a row that miss the target, the load drops by
 * {@code deloadPercent} and the count starts again.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ProgressionRule.Linear.class, name = "LINEAR"),
		@JsonSubTypes.Type(value = ProgressionRule.DoubleProgression.class, name = "DOUBLE_PROGRESSION"),
		@JsonSubTypes.Type(value = ProgressionRule.PercentageWave.class, name = "PERCENTAGE_WAVE") })
public sealed interface ProgressionRule {

	int failuresBeforeDeload();

	double deloadPercent();

	/** Add {@code incrementKg} after every session where all target sets hit the target reps. */
	record Linear(double incrementKg, int failuresBeforeDeload, double deloadPercent) implements ProgressionRule {
	}

	/**
	 * Work up the rep range at one weight: a rep more on every set each successful session; once
	 * every set reaches the top, add {@code incrementKg} and go back to the bottom. Falling below
	 * the bottom of the range counts as a failure.
	 */
	record DoubleProgression(double incrementKg, int failuresBeforeDeload, double deloadPercent)
			implements ProgressionRule {
	}

	/**
	 * A repeating wave of percentages of a training max (5/3/1 style). Each successful session
	 * moves to the next step; finishing the wave adds {@code trainingMaxIncrementKg}.
	 */
	record PercentageWave(List<Step> steps, double trainingMaxIncrementKg, int failuresBeforeDeload,
			double deloadPercent) implements ProgressionRule {

		public PercentageWave {
			steps = List.copyOf(steps);
		}

		public record Step(double percent, int sets, int reps) {
		}

	}

}
