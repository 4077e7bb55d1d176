package io.repwise.common.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.repwise.common.problem.Problems;

/**
 * Declares on every operation the problem responses the shared error handling (common-lib's
 * {@code problem} package and the token checks) can give it, each as {@code application/problem+json}
 * with an example of its {@code type}, and marks the public operations as needing no token.
 * Responses an endpoint gives for its own reasons (a 409 on a duplicate) are declared on the
 * controller with {@code @ApiResponse}; this fills in their problem body.
 */
final class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "application/problem+json";

	private final List<PathPattern> publicPaths;

	private final DataSize maxBody;

	private final List<String> healthPaths;

	/**
	 * @param healthPaths left as their controllers describe them: their 503 is a health report, not a problem
	 */
	ProblemResponses(List<String> publicPaths, DataSize maxBody, List<String> healthPaths) {
		this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.maxBody = maxBody;
		this.healthPaths = List.copyOf(healthPaths);
	}

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas("Problem", ProblemSchemas.problem()).addSchemas("FieldError",
				ProblemSchemas.fieldError());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> declare(path, method.name(), operation)));
	}

	private void declare(String path, String method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean hasBody = operation.getRequestBody() != null;
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (isPublic(path)) {
			if (operation.getSecurity() == null) {
				operation.setSecurity(List.of()); // no token: overrides the document's bearer requirement
			}
			if (this.healthPaths.contains(path)) {
				return;
			}
		}
		else {
			addIfAbsent(responses, 401, "No access token, or one that is expired, tampered with or not for this API.");
		}
		if (hasBody || hasParameters) {
			addIfAbsent(responses, 400, "A parameter or the body is malformed or out of bounds; `errors` names each field.");
		}
		if (path.contains("{")) {
			addIfAbsent(responses, 404, "Nothing with this id, or it belongs to another user.");
		}
		if (!"GET".equals(method)) {
			addIfAbsent(responses, 409, "Conflicts with what is stored: a duplicate, or a change made meanwhile.");
		}
		if (hasBody) {
			addIfAbsent(responses, 413, "The body is over the size limit (" + this.maxBody.toKilobytes() + " KB).");
			addIfAbsent(responses, 415, "The body is not of the media type this takes.");
		}
		addIfAbsent(responses, 503, "A database or a service this needs is unavailable; retry after `Retry-After`.");
		responses.forEach((code, response) -> {
			if (isError(code)) {
				response.setContent(problemContent(Integer.parseInt(code)));
			}
		});
	}

	private boolean isPublic(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.publicPaths.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	private static void addIfAbsent(ApiResponses responses, int status, String description) {
		responses.computeIfAbsent(Integer.toString(status), (code) -> new ApiResponse().description(description));
	}

	private static boolean isError(String code) {
		return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
	}

	private static Content problemContent(int status) {
		String kind = (status == 400) ? "validation-error" : Problems.kindFor(HttpStatusCode.valueOf(status));
		Map<String, Object> example = (status == 400)
				? Map.of("type", Problems.TYPE_PREFIX + kind, "title", "Validation failed", "status", 400, "detail",
						"One field is invalid.", "errors", List.of(Map.of("field", "reps", "message", "must be at most 1000")))
				: Map.of("type", Problems.TYPE_PREFIX + kind, "title", HttpStatus.valueOf(status).getReasonPhrase(),
						"status", status);
		return new Content().addMediaType(PROBLEM,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example));
	}

}
