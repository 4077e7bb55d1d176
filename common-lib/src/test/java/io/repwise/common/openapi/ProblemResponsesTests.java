package io.repwise.common.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shared error handling can answer, declared on each operation by its shape. */
class ProblemResponsesTests {

	private final ProblemResponses problems = new ProblemResponses(List.of("/api/v1/auth/login", "/api/v1/things/health"),
			DataSize.ofMegabytes(1), List.of("/api/v1/things/health"));

	@Test
	void aSecuredReadOfOneThingDeclaresTokenValidationMissingAndOutageProblems() {
		Operation read = operation().addParametersItem(new Parameter().name("id").in("path"));

		document("/api/v1/things/{id}", new PathItem().get(read));

		assertThat(read.getResponses()).containsOnlyKeys("200", "400", "401", "404", "503");
		assertThat(read.getSecurity()).as("the document's bearer requirement applies").isNull();
		read.getResponses().forEach((code, response) -> {
			if (!code.equals("200")) {
				assertThat(response.getContent()).as(code).containsOnlyKeys("application/problem+json");
				assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
					.isEqualTo("#/components/schemas/Problem");
			}
		});
		assertThat(read.getResponses().get("404").getContent().get("application/problem+json").getExample())
			.asString().contains("urn:repwise:problem:not-found");
	}

	@Test
	void aWriteWithABodyAlsoDeclaresConflictsAndBodyProblems() {
		Operation create = operation().requestBody(new RequestBody().content(new Content()));

		document("/api/v1/things", new PathItem().post(create));

		assertThat(create.getResponses()).containsOnlyKeys("200", "400", "401", "409", "413", "415", "503");
		assertThat(create.getResponses().get("413").getDescription()).contains("1024 KB");
		assertThat(create.getResponses().get("400").getContent().get("application/problem+json").getExample())
			.asString().contains("urn:repwise:problem:validation-error", "errors");
	}

	@Test
	void aPublicOperationNeedsNoTokenAndKeepsTheProblemsItsControllerDeclares() {
		Operation login = operation().requestBody(new RequestBody().content(new Content()));
		login.getResponses().addApiResponse("401", new ApiResponse().description("Wrong e-mail address or password."));

		document("/api/v1/auth/login", new PathItem().post(login));

		assertThat(login.getSecurity()).isEmpty();
		assertThat(login.getResponses().get("401").getDescription()).isEqualTo("Wrong e-mail address or password.");
		assertThat(login.getResponses().get("401").getContent()).containsOnlyKeys("application/problem+json");
	}

	@Test
	void featureHealthIsLeftAsItsControllerDescribesIt() {
		Operation health = operation();
		health.getResponses().addApiResponse("503", new ApiResponse().description("Not ready").content(new Content()));

		OpenAPI api = document("/api/v1/things/health", new PathItem().get(health));

		assertThat(health.getSecurity()).isEmpty();
		assertThat(health.getResponses()).containsOnlyKeys("200", "503");
		assertThat(health.getResponses().get("503").getContent()).isEmpty();
		assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
	}

	private OpenAPI document(String path, PathItem item) {
		OpenAPI api = new OpenAPI().components(new Components()).paths(new Paths().addPathItem(path, item));
		this.problems.customise(api);
		return api;
	}

	private static Operation operation() {
		return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
	}

}
