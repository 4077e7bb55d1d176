package io.repwise.ai.training;

/** Training experience, as user-service names it; also the routine level. */
public enum Experience {

	BEGINNER, INTERMEDIATE, ADVANCED;

	/** Whether a library difficulty ({@code BEGINNER}, {@code INTERMEDIATE}, {@code ADVANCED}) suits this level. */
	public boolean allows(Exercise exercise) {
		return exercise.difficultyRank() <= ordinal();
	}

}
