package io.repwise.common.problem;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.repwise.common.correlation.CorrelationId;

/**
 * Turns every error a servlet service can raise into RFC 9457 problem details: Spring MVC's own
 * exceptions (404, 405, 415, unreadable bodies, validation), bodies that are too large, and
 * anything unexpected, which becomes a 500 that says nothing about our internals.
 * Feature code throws {@link ResponseStatusException} (or a subclass) for its own 4xx answers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** About how long a PostgreSQL restart or failover takes. */
	private static final String DATABASE_RETRY_AFTER_SECONDS = "5";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(fieldError(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
		return validationProblem(errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach((error) -> errors.add(fieldError(name, error.getDefaultMessage())));
		});
		return validationProblem(errors, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getConstraintViolations()
			.forEach((violation) -> errors
				.add(fieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage())));
		return validationProblem(errors, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		List<Map<String, String>> errors = List.of(fieldError(ex.getName(), "must be a valid " + expected));
		return validationProblem(errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = findCause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return payloadTooLarge(tooLarge, request);
		}
		MismatchedInputException mismatch = findCause(ex, MismatchedInputException.class);
		String field = (mismatch != null) ? fieldPath(mismatch.getPath()) : null;
		if (field != null) {
			return validationProblem(List.of(fieldError(field, expected(mismatch.getTargetType()))), request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON of the expected shape.");
		problem.setTitle("Unreadable request body");
		return handleExceptionInternal(ex, decorate(problem, "unreadable-body", request), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No endpoint matches " + ex.getHttpMethod() + " /" + ex.getResourcePath() + ".");
		problem.setTitle("Not found");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body must not be larger than " + ex.getMaxBytes() + " bytes.");
		problem.setTitle("Request body too large");
		return problemResponse(decorate(problem, "payload-too-large", request));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Object> handleResponseStatus(ResponseStatusException ex, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		if (ex.getReason() != null) {
			problem.setDetail(ex.getReason());
		}
		return handleExceptionInternal(ex, problem, ex.getHeaders(), ex.getStatusCode(), request);
	}

	/**
	 * What the database refused because of the request's data, not because of a fault: a value it
	 * cannot store (a NUL character, a date beyond its range) is the client's 400, and a unique or
	 * foreign key that a concurrent request won (two sign-ups with one address at once, a write
	 * for an account deleted meanwhile) a 409. A database that cannot be reached is a 503
	 * ({@link #handleDatabaseOutage}). Anything else stays a 500.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<Object> handleDataAccess(DataAccessException ex, WebRequest request) {
		if (DatabaseOutage.causes(ex)) {
			return handleDatabaseOutage(ex, request);
		}
		String state = sqlState(ex);
		ProblemDetail problem;
		// Only the states a client's value causes: division by zero or a bad cast is our own bug.
		String valueProblem = (state == null) ? null : switch (state) {
			case "22021", "22P05" -> "A text contains a character that cannot be stored, such as NUL.";
			case "22007", "22008" -> "A date or time is outside the range that can be stored.";
			case "22001", "22003" -> "A value is longer or larger than can be stored.";
			default -> null;
		};
		// The messages are not logged: PostgreSQL's name the offending values, e-mail addresses included.
		if (valueProblem != null) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, valueProblem);
			problem.setTitle("Value cannot be stored");
			log.info("Refused a value the database cannot store (SQLSTATE {}) on {}", state, describe(request));
			return problemResponse(decorate(problem, "invalid-value", request));
		}
		if ("23505".equals(state) || "23503".equals(state)) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "23505".equals(state)
					? "This conflicts with something that already exists, possibly made at the same moment."
					: "This refers to something that no longer exists.");
			problem.setTitle("Conflict");
			log.warn("A concurrent change won (SQLSTATE {}) on {}", state, describe(request));
			return problemResponse(decorate(problem, "conflict", request));
		}
		return handleUnexpected(ex, request);
	}

	/**
	 * A transaction that could not begin or finish: when the database is unreachable (restarting,
	 * its pool exhausted waiting for it) the client gets a 503 with Retry-After and may retry;
	 * nothing else about a transaction failure is the client's to know.
	 */
	@ExceptionHandler(TransactionException.class)
	ResponseEntity<Object> handleTransaction(TransactionException ex, WebRequest request) {
		return DatabaseOutage.causes(ex) ? handleDatabaseOutage(ex, request) : handleUnexpected(ex, request);
	}

	private ResponseEntity<Object> handleDatabaseOutage(Exception ex, WebRequest request) {
		// One line without the stack: an outage shows up as many of these, and its cause is elsewhere.
		log.warn("Database unavailable handling {}: {}", describe(request), ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is unavailable right now, so the request could not be completed. Try again in a few seconds.");
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
			.body(decorate(problem, "database-unavailable", request));
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error handling {}", describe(request), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. The request id identifies it in our logs.");
		problem.setTitle("Internal server error");
		return problemResponse(decorate(problem, "internal-error", request));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object decorated = body;
		if (decorated == null && ex instanceof ErrorResponse errorResponse) {
			// Spring's own exceptions (405, 415, …) carry their problem; take it to decorate it.
			decorated = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (decorated instanceof ProblemDetail problem) {
			decorated = decorate(problem, null, request);
		}
		return super.handleExceptionInternal(ex, decorated, headers, statusCode, request);
	}

	private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.");
		problem.setTitle("Validation failed");
		problem.setProperty("errors", errors);
		return problemResponse(decorate(problem, "validation-error", request));
	}

	private ResponseEntity<Object> problemResponse(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/** Fills in type, instance and ids; a problem that already has its own type keeps it. */
	private ProblemDetail decorate(ProblemDetail problem, String kind, WebRequest request) {
		boolean untyped = problem.getType() == null || "about:blank".equals(problem.getType().toString());
		if (kind != null || untyped) {
			String effectiveKind = (kind != null) ? kind : Problems.kindFor(HttpStatusCode.valueOf(problem.getStatus()));
			problem.setType(URI.create(Problems.TYPE_PREFIX + effectiveKind));
		}
		if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return Problems.withIds(problem, MDC.get(CorrelationId.MDC_KEY));
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", (message != null) ? message : "is invalid");
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	/** {@code exercises[0].sets[1].reps} for the value JSON binding failed on; null at the top level. */
	private static String fieldPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has a value of the wrong type";
		}
		if (type.isEnum()) {
			List<String> names = new ArrayList<>();
			for (Object constant : type.getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
			return "must be one of " + String.join(", ", names);
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "must be a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		return "has a value of the wrong type";
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	private static String describe(WebRequest request) {
		if (request instanceof ServletWebRequest servlet) {
			HttpServletRequest http = servlet.getRequest();
			return http.getMethod() + " " + http.getRequestURI();
		}
		return request.getDescription(false);
	}

}
