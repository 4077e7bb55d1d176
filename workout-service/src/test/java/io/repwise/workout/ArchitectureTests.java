package io.repwise.workout;

import io.repwise.testsupport.ServiceArchitectureTests;

/** The layout rules of docs/ARCHITECTURE.md, held for workout-service; a new domain engine joins the list. */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super("workout",
				"io.repwise.workout.routine.progression..",
				"io.repwise.workout.imports.file..",
				"io.repwise.workout.progress.RecordBook",
				"io.repwise.workout.progress.TrainingStreaks",
				"io.repwise.workout.progress.WeeklyVolume",
				"io.repwise.workout.session.SetLimits",
				"io.repwise.workout.exercise.NameSimilarity");
	}

}
