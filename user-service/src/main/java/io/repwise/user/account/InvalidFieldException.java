package io.repwise.user.account;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A field that passed bean validation but breaks a business rule; answered like a validation error. */
class InvalidFieldException extends ResponseStatusException {

	InvalidFieldException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "One field is invalid.");
		getBody().setTitle("Validation failed");
		getBody().setType(java.net.URI.create("urn:repwise:problem:validation-error"));
		getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

}
