package io.repwise.workout.exercise;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Library reads through the cache. Shared pages are cached once for everyone; a user with private
 * exercises gets pages of their own, keyed by their id. Private exercises' details are never
 * cached.
 */
@Service
class ExerciseLibrary {

	private final ExerciseCatalog catalog;

	private final LibraryCache cache;

	ExerciseLibrary(ExerciseCatalog catalog, LibraryCache cache) {
		this.catalog = catalog;
		this.cache = cache;
	}

	ExercisePage search(ExerciseQuery query, UUID userId) {
		String scope = this.catalog.hasCustomExercises(userId) ? "user:" + userId : "shared";
		return this.cache.read("search:" + scope + ":" + query, ExercisePage.class,
				() -> this.catalog.search(query, userId));
	}

	Optional<ExerciseView> find(UUID id, UUID userId) {
		ExerciseView shared = this.cache.read("exercise:" + id, ExerciseView.class,
				() -> this.catalog.find(id, null).orElse(null));
		return (shared != null) ? Optional.of(shared) : this.catalog.find(id, userId);
	}

}
