package io.repwise.ai.coaching;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A service the answer needs did not answer: a 503 problem that names it. */
public class DependencyUnavailableException extends ResponseStatusException {

	public DependencyUnavailableException(String service, String needed, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, service + " is unavailable, and " + needed + " comes from it. Try again shortly.",
				cause);
		getBody().setTitle("Dependency unavailable");
		getBody().setProperty("dependency", service);
	}

}
