package io.repwise.workout.exercise;

import java.util.List;
import java.util.UUID;

/**
 * Which exercise of the library a name from another app stands for, and how sure that is.
 *
 * @param name the name as the file wrote it
 * @param kind how it was matched
 * @param exerciseId the exercise it stands for; {@code null} when {@link Kind#NEW}
 * @param exerciseName that exercise's name
 * @param score for {@link Kind#FUZZY}, how alike the names are ({@link NameSimilarity}, 0–1)
 * @param model for {@link Kind#NEW}, the library exercise whose facts (muscles, equipment,
 * category) the new private exercise takes; {@code null} when no name shares a word with it, and
 * the lifter must then choose
 * @param suggestions the closest other exercises, best first, for a lifter who wants another
 */
public record ExerciseMatch(String name, Kind kind, UUID exerciseId, String exerciseName, Double score,
		Candidate model, List<Candidate> suggestions) {

	public enum Kind {

		/** The same name, ignoring case and spacing: the lifter's own exercises first. */
		EXACT,

		/** A name this lifter matched before, or one other apps use for it (Strong's, Hevy's). */
		ALIAS,

		/** Close enough in words ({@link ExerciseMatcher#FUZZY_MATCH} or more). */
		FUZZY,

		/** Not in the library: importing creates it as the lifter's private exercise. */
		NEW,

		/** The lifter's own choice at confirmation. */
		CHOSEN

	}

	/** An exercise of the library and how alike its name is. */
	public record Candidate(UUID id, String name, double score) {
	}

	/** The lifter chose {@code exercise} for this name. */
	public ExerciseMatch chosen(ExerciseView exercise) {
		return new ExerciseMatch(this.name, Kind.CHOSEN, exercise.id(), exercise.name(), null, null, this.suggestions);
	}

	/** The lifter asked for a new private exercise with the facts of {@code like}. */
	public ExerciseMatch newLike(ExerciseView like) {
		return new ExerciseMatch(this.name, Kind.NEW, null, null, null,
				new Candidate(like.id(), like.name(), NameSimilarity.score(this.name, like.name())),
				this.suggestions);
	}

	/** To be created as a new private exercise, modelled on nothing: for a name whose definition comes with it. */
	public ExerciseMatch asNew() {
		return new ExerciseMatch(this.name, Kind.NEW, null, null, null, null, this.suggestions);
	}

	public boolean isNew() {
		return this.kind == Kind.NEW;
	}

}
