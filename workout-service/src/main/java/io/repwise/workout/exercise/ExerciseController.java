package io.repwise.workout.exercise;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.security.CurrentUser;

/**
 * The exercise library: browsing and searching the shared library plus the caller's own
 * exercises, writing private exercises, and (administrators) managing the shared library.
 */
@Tag(name = "Exercises", description = "The exercise library and my custom exercises.")
@RestController
@RequestMapping("/api/v1/exercises")
class ExerciseController {

	private final ExerciseLibrary library;

	private final ExerciseEditor editor;

	ExerciseController(ExerciseLibrary library, ExerciseEditor editor) {
		this.library = library;
		this.editor = editor;
	}

	/**
	 * Private: pages include the caller's own exercises. Five minutes: the shared library changes
	 * rarely, and the ETag makes a stale check cheap.
	 */
	private static final CacheControl LIBRARY_CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate();

	@GetMapping
	@Operation(operationId = "searchExercises", summary = "Search the library",
			description = "Filters by category, muscle group, muscle, difficulty, equipment and mechanic; q matches words with typos (trigram similarity); facet counts per field; ETag and Cache-Control: private, max-age=300.")
	ResponseEntity<String> search(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String category,
			@RequestParam(required = false) String muscleGroup, @RequestParam(required = false) String muscle,
			@RequestParam(required = false) String difficulty, @RequestParam(required = false) @Size(max = 20) List<String> equipment,
			@RequestParam(required = false) String mechanic, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		ExerciseQuery query = new ExerciseQuery(category, muscleGroup, muscle, difficulty, equipment, mechanic, q, sort,
				page, size);
		return ResponseEntity.ok()
			.cacheControl(LIBRARY_CACHING)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.library.search(query, CurrentUser.orNull(token)));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getExercise", summary = "One exercise",
			description = "A library exercise or one of my own, with its muscles and instructions.")
	ResponseEntity<String> exercise(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		String exercise = this.library.find(id, CurrentUser.orNull(token))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No exercise with this id."));
		return ResponseEntity.ok().cacheControl(LIBRARY_CACHING).contentType(MediaType.APPLICATION_JSON).body(exercise);
	}

	/** A private exercise of mine, or (administrators, {@code "shared": true}) one for everyone. */
	@PostMapping
	@Operation(operationId = "createExercise", summary = "Create a custom exercise",
			description = "Private unless shared; at most a fixed number per user.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ExerciseView> create(@AuthenticationPrincipal Jwt token, Authentication authentication,
			@Valid @RequestBody ExerciseRequest request) {
		ExerciseView created = this.editor.create(CurrentUser.of(token), isAdmin(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/exercises/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateExercise", summary = "Change a custom exercise",
			description = "My own exercises only (administrators: library ones too).")
	ExerciseView update(@AuthenticationPrincipal Jwt token, Authentication authentication, @PathVariable UUID id,
			@Valid @RequestBody ExerciseRequest request) {
		return this.editor.update(CurrentUser.of(token), isAdmin(authentication), id, request);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteExercise", summary = "Delete a custom exercise",
			description = "Refused with 409 while a workout or routine uses it.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, Authentication authentication, @PathVariable UUID id) {
		this.editor.delete(CurrentUser.of(token), isAdmin(authentication), id);
		return ResponseEntity.noContent().build();
	}

	private static boolean isAdmin(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

}
