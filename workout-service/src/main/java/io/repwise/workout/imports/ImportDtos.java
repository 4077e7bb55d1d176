package io.repwise.workout.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.repwise.workout.exercise.ExerciseMatch.Candidate;
import io.repwise.workout.imports.file.RowProblem;

/** Request and response bodies of the import API. */
final class ImportDtos {

	private ImportDtos() {
	}

	enum Status {

		/** Read and matched; nothing imported until the lifter confirms. */
		PREVIEWED,

		/** Importing; {@code progress} says how far. */
		RUNNING,

		DONE,

		/** Stopped by an error or interrupted; confirming again resumes it, and what it added can be undone. */
		FAILED,

		/** Everything it added is gone again. */
		UNDONE

	}

	/**
	 * An import: the preview, then progress, then what it did.
	 *
	 * @param choices the lifter's own matches, given at confirmation
	 */
	record ImportView(UUID id, Status status, String format, String fileName, Instant createdAt, Instant startedAt,
			Instant finishedAt, PreviewView preview, List<Choice> choices, ProgressView progress, OutcomeView outcome,
			String failure) {
	}

	/**
	 * What importing the file would add.
	 *
	 * @param alreadyThere workouts of the file the lifter has already (same start to the second, same
	 * name): importing skips them, so importing a file twice adds nothing
	 * @param units the units assumed where the file does not say
	 * @param problems the first rows that cannot be read, with line and column; the rest are counted
	 * @param extras what a Repwise export brings besides workouts; {@code null} for other apps' files
	 */
	record PreviewView(int workouts, int sets, int alreadyThere, Instant from, Instant to, String units, String zone,
			List<ExerciseMatchView> exercises, List<RowProblem> problems, int moreProblems, List<String> assumptions,
			ExtrasView extras) {
	}

	/**
	 * How one exercise name of the file was matched.
	 *
	 * @param match {@code EXACT}, {@code ALIAS}, {@code FUZZY} (with {@code score}) or {@code NEW}
	 * @param newExerciseLike for {@code NEW}, the library exercise whose facts the new private exercise
	 * takes; {@code null} when the file defines it itself (a Repwise export) or when no name is alike,
	 * and then the lifter must choose at confirmation ({@code needsChoice})
	 */
	record ExerciseMatchView(String name, int sets, String match, UUID exerciseId, String exerciseName, Double score,
			Candidate newExerciseLike, boolean definedInFile, boolean needsChoice, List<Candidate> suggestions) {
	}

	/** What a Repwise export brings besides workouts, and how much of it is new to this account. */
	record ExtrasView(boolean profile, int bodyWeights, int customExercises, int routines, int routinesAlreadyThere,
			boolean plates, int sorenessReports) {
	}

	record ProgressView(int workouts, int done, int percent) {
	}

	/**
	 * @param profile {@code restored}, {@code kept} (not asked for), or why it could not be
	 * @param bodyWeightIds the body-weight entries added, which undoing removes
	 * @param notes anything else worth knowing about the run
	 */
	record OutcomeView(int workoutsAdded, int workoutsAlreadyThere, int setsAdded, int exercisesCreated, int routinesAdded,
			int sorenessReportsAdded, boolean platesRestored, int bodyWeightsAdded, List<UUID> bodyWeightIds,
			String profile, int recordsRecomputedFor, List<String> notes) {
	}

	/**
	 * The lifter's answers to the preview.
	 *
	 * @param exercises their own matches, for the names they want matched otherwise
	 * @param restoreProfile for a Repwise export: replace my profile with the exported one (yes unless
	 * said otherwise)
	 */
	record ConfirmRequest(@Valid @Size(max = 500) List<@NotNull @Valid Choice> exercises, Boolean restoreProfile) {

		List<Choice> exercisesOrEmpty() {
			return (this.exercises != null) ? this.exercises : List.of();
		}

	}

	/**
	 * For the file's exercise {@code name}: the exercise it is ({@code exerciseId}), or a new
	 * private exercise with the facts of another ({@code newExerciseLike}); exactly one of them.
	 */
	record Choice(@NotBlank @Size(max = 120) String name, UUID exerciseId, UUID newExerciseLike) {
	}

	record ImportSummaryView(UUID id, Status status, String format, String fileName, Instant createdAt, int workouts,
			int done) {
	}

}
