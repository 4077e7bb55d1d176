package io.repwise.workout.routine;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.Problems;

/**
 * The user has not made any routine active. A 404 with a problem type of its own, so that a
 * caller (ai-service's coaching) can tell "no active routine" from a path this service lacks.
 */
class NoActiveRoutineException extends ResponseStatusException {

	static final String KIND = "no-active-routine";

	NoActiveRoutineException() {
		super(HttpStatus.NOT_FOUND, "You have no active routine; make one active with PUT /api/v1/routines/{id}/active.");
		getBody().setType(URI.create(Problems.TYPE_PREFIX + KIND));
		getBody().setTitle("No active routine");
	}

}
