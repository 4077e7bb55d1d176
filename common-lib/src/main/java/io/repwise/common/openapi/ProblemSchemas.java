package io.repwise.common.openapi;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import io.repwise.common.problem.Problems;

/** The RFC 9457 problem body every error response of the API carries, as an OpenAPI schema. */
final class ProblemSchemas {

	private ProblemSchemas() {
	}

	static Schema<?> problem() {
		return new ObjectSchema().description("An RFC 9457 problem: what went wrong, for people and for code.")
			.required(List.of("type", "title", "status"))
			.addProperty("type", new StringSchema().format("uri")
				.description("What kind of problem, stable for code to branch on: " + Problems.TYPE_PREFIX
						+ "validation-error, …:not-found, …:conflict, …:unauthorized, …")
				.example(Problems.TYPE_PREFIX + "not-found"))
			.addProperty("title", new StringSchema().description("A short summary of the kind."))
			.addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
				.maximum(BigDecimal.valueOf(599)))
			.addProperty("detail", new StringSchema().description("What happened to this request, for people."))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request path."))
			.addProperty("requestId", new StringSchema().description("The correlation id, also in the logs."))
			.addProperty("traceId", new StringSchema().description("The trace id, also in the logs."))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
				.description("For validation errors: each field that is invalid."));
	}

	static Schema<?> fieldError() {
		return new ObjectSchema().required(List.of("field", "message"))
			.addProperty("field", new StringSchema().description("The field or parameter, as the request named it."))
			.addProperty("message", new StringSchema().description("What it must be."));
	}

}
