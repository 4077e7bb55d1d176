package io.repwise.workout.exercise;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Whether a user has private exercises, which decides if their library pages are the shared ones.
 * Asked on every search, so the answer is remembered in this replica for one cache generation:
 * every exercise change, private ones included, starts a new generation (this replica's at once,
 * another's within a second), after which the database is asked again. With Redis down there is
 * no generation to trust, and every search asks the database.
 */
@Component
class CustomExerciseOwners {

	/** Bounds the memory: past it the answers are dropped and asked again. */
	static final int MAX_USERS = 20_000;

	private final ExerciseCatalog catalog;

	private final LibraryCache cache;

	private final ConcurrentHashMap<UUID, Answer> answers = new ConcurrentHashMap<>();

	CustomExerciseOwners(ExerciseCatalog catalog, LibraryCache cache) {
		this.catalog = catalog;
		this.cache = cache;
	}

	boolean hasCustomExercises(UUID userId) {
		if (userId == null) {
			return false;
		}
		Long generation = this.cache.currentGeneration();
		if (generation == null) {
			return this.catalog.hasCustomExercises(userId);
		}
		Answer answer = this.answers.get(userId);
		if (answer == null || answer.generation() != generation) {
			// Read after the generation: a change committed in between is either seen here or
			// starts a newer generation that retires this answer.
			answer = new Answer(generation, this.catalog.hasCustomExercises(userId));
			if (this.answers.size() >= MAX_USERS) {
				this.answers.clear();
			}
			this.answers.put(userId, answer);
		}
		return answer.hasCustom();
	}

	private record Answer(long generation, boolean hasCustom) {
	}

}
