package io.repwise.workout.coaching;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.security.CurrentUser;
import io.repwise.workout.coaching.TrainingLog.LoggedWorkout;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseView;

/**
 * What ai-service reads, with the end user's token relayed: the exercise catalogue and the user's
 * whole training log in one response each, so the coaching engine never pages through years of
 * history. Under {@code /internal}, which the gateway never routes; the token's subject is the owner.
 */
@Tag(name = "Coaching feed (internal)", description = "What ai-service reads, with the end user's token; never routed by the gateway.")
@RestController
@RequestMapping("/internal/coaching")
class CoachingFeedController {

	/** The longest history the engine reads: ten years is every plausible user's whole log. */
	private static final long MAX_DAYS = 3660;

	private final ExerciseCatalog catalog;

	private final TrainingLog log;

	private final Clock clock;

	CoachingFeedController(ExerciseCatalog catalog, TrainingLog log, Clock clock) {
		this.catalog = catalog;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/exercises")
	@Operation(operationId = "coachingExercises", summary = "The exercise catalogue",
			description = "Every exercise the user can see, with the fields the coach needs.")
	List<ExerciseView> exercises(@AuthenticationPrincipal Jwt token) {
		return this.catalog.listAll(CurrentUser.of(token));
	}

	/**
	 * The completed workouts since {@code from} (default: ten years back). The {@code ETag} is the
	 * log's version; a matching {@code If-None-Match} gets a 304 without reading the log.
	 */
	@GetMapping("/training-log")
	@Operation(operationId = "trainingLog", summary = "My training log",
			description = "Completed workouts since from with their counted sets; an ETag version, and If-None-Match gets 304.")
	ResponseEntity<TrainingLogView> trainingLog(@AuthenticationPrincipal Jwt token,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		UUID owner = CurrentUser.of(token);
		Instant earliest = this.clock.instant().minus(MAX_DAYS, ChronoUnit.DAYS);
		if (from != null && from.isBefore(earliest)) {
			throw new InvalidFieldException("from", "must be within the last " + MAX_DAYS + " days");
		}
		Instant since = (from != null) ? from : earliest;
		String etag = "\"" + this.log.version(owner) + "-" + since.toEpochMilli() / 86_400_000L + "\"";
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(new TrainingLogView(since, this.log.read(owner, since)));
	}

	record TrainingLogView(Instant from, List<LoggedWorkout> workouts) {
	}

}
