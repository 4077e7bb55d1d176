package io.repwise.workout.exercise;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Browsing and searching the exercise library: the shared one plus the caller's own exercises. */
@RestController
@RequestMapping("/api/v1/exercises")
class ExerciseController {

	private final ExerciseCatalog catalog;

	ExerciseController(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Private: pages include the caller's own exercises. Five minutes: the shared library changes
	 * rarely, and the ETag makes a stale check cheap.
	 */
	private static final CacheControl LIBRARY_CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate();

	@GetMapping
	ResponseEntity<ExercisePage> search(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String category,
			@RequestParam(required = false) String muscleGroup, @RequestParam(required = false) String muscle,
			@RequestParam(required = false) String difficulty, @RequestParam(required = false) List<String> equipment,
			@RequestParam(required = false) String mechanic, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		ExerciseQuery query = new ExerciseQuery(category, muscleGroup, muscle, difficulty, equipment, mechanic, q, sort,
				page, size);
		return ResponseEntity.ok().cacheControl(LIBRARY_CACHING).body(this.catalog.search(query, userOf(token)));
	}

	@GetMapping("/{id}")
	ResponseEntity<ExerciseView> exercise(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		ExerciseView exercise = this.catalog.find(id, userOf(token))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No exercise with this id."));
		return ResponseEntity.ok().cacheControl(LIBRARY_CACHING).body(exercise);
	}

	/** The signed-in user, or {@code null} for a service token (which sees the shared library only). */
	private static UUID userOf(Jwt token) {
		try {
			return UUID.fromString(token.getSubject());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
