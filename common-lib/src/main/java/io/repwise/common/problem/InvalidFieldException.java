package io.repwise.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A field that passed bean validation but breaks a business rule; answered like a validation error. */
public class InvalidFieldException extends ResponseStatusException {

	public InvalidFieldException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "One field is invalid.");
		getBody().setTitle("Validation failed");
		getBody().setType(URI.create(Problems.TYPE_PREFIX + "validation-error"));
		getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

}
