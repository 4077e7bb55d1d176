package io.repwise.workout.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.repwise.workout.exports.ExportDocument;
import io.repwise.workout.imports.file.RowProblem;
import io.repwise.workout.session.WorkoutArchive;
import io.repwise.workout.session.WorkoutStatus;
import io.repwise.workout.session.Workout.LoggedSet;

/**
 * A history as read from a file, whatever its layout: the workouts importing it would add, the
 * rows that could not be read and what was assumed where the file did not say. A file of the
 * project's own export also brings the rest of the lifter's data ({@code document}).
 *
 * @param document the whole export, for format {@code repwise-json}; {@code null} for other apps' files
 */
record ImportPlan(String format, List<PlannedWorkout> workouts, List<RowProblem> problems, List<String> assumptions,
		ExportDocument document) {

	/**
	 * @param line where the workout starts in the file (1 for JSON)
	 * @param routineId the routine it followed in the exported account, if any
	 */
	record PlannedWorkout(int line, String name, String notes, Instant startedAt, Instant endedAt, WorkoutStatus status,
			UUID routineId, UUID routineDayId, List<PlannedEntry> entries) {

		String identity() {
			return WorkoutArchive.identity(this.startedAt, this.name);
		}

		int sets() {
			return this.entries.stream().mapToInt((entry) -> entry.sets().size()).sum();
		}

	}

	/**
	 * @param exerciseName as the file names it
	 * @param exerciseId the id the file gives it (JSON only): the library's, or one of its private exercises'
	 * @param sets in stored units; their ids are given when stored
	 */
	record PlannedEntry(String exerciseName, UUID exerciseId, Integer supersetGroup, String notes, List<LoggedSet> sets) {
	}

	int sets() {
		return this.workouts.stream().mapToInt(PlannedWorkout::sets).sum();
	}

}
