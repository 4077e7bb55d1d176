package io.repwise.ai.plan;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.MovementPattern;

/** One exercise on one day of the week, with its weekly sets. */
final class Slot {

	final int day;

	final MovementPattern pattern;

	final Exercise exercise;

	final boolean main;

	int sets;

	Slot(int day, MovementPattern pattern, Exercise exercise, boolean main, int sets) {
		this.day = day;
		this.pattern = pattern;
		this.exercise = exercise;
		this.main = main;
		this.sets = sets;
	}

}
