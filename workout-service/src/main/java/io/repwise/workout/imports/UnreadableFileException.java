package io.repwise.workout.imports;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.Problems;

/**
 * A file that cannot be imported at all: a 400 problem saying where it stops making sense, as
 * {@code line} and {@code column} (1-based; 0 when the whole line or file is at fault), or, for
 * an export edited into something the API would refuse, the fields at fault ({@code errors}).
 */
class UnreadableFileException extends ResponseStatusException {

	static final String TYPE = Problems.TYPE_PREFIX + "unreadable-file";

	UnreadableFileException(String detail, int line, int column) {
		super(HttpStatus.BAD_REQUEST, detail);
		getBody().setTitle("Unreadable file");
		getBody().setType(URI.create(TYPE));
		getBody().setProperty("line", line);
		getBody().setProperty("column", column);
	}

	UnreadableFileException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, detail);
		getBody().setTitle("Unreadable file");
		getBody().setType(URI.create(TYPE));
		getBody().setProperty("errors", errors);
	}

}
