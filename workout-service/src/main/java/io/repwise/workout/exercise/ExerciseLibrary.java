package io.repwise.workout.exercise;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Library reads through the cache, as JSON. Shared pages are cached once for everyone; a user
 * with private exercises gets pages of their own, keyed by their id. Private exercises' details
 * are never cached.
 */
@Service
class ExerciseLibrary {

	private final ExerciseCatalog catalog;

	private final CustomExerciseOwners owners;

	private final LibraryCache cache;

	private final JsonMapper json;

	ExerciseLibrary(ExerciseCatalog catalog, CustomExerciseOwners owners, LibraryCache cache, JsonMapper json) {
		this.catalog = catalog;
		this.owners = owners;
		this.cache = cache;
		this.json = json;
	}

	/** The page as JSON. */
	String search(ExerciseQuery query, UUID userId) {
		String scope = this.owners.hasCustomExercises(userId) ? "user:" + userId : "shared";
		return this.cache.readJson("search:" + scope + ":" + query, () -> this.catalog.search(query, userId));
	}

	/** The exercise as JSON, if the user may see it. */
	Optional<String> find(UUID id, UUID userId) {
		String shared = this.cache.readJson("exercise:" + id, () -> this.catalog.find(id, null).orElse(null));
		if (shared != null) {
			return Optional.of(shared);
		}
		return this.catalog.find(id, userId).map(this.json::writeValueAsString);
	}

}
