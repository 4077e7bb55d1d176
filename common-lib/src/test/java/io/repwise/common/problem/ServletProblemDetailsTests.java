package io.repwise.common.problem;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad request a servlet service can get, answered over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=problem-test", "repwise.web.max-request-size=1KB" })
class ServletProblemDetailsTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void validationErrorsNameEachField() throws Exception {
		HttpResponse<String> response = post("/things", "application/json", "{\"name\":\"\",\"reps\":-1}");

		assertProblem(response, 400, "validation-error");
		assertThat(response.body()).contains("\"field\":\"name\"").contains("\"field\":\"reps\"")
			.contains("2 fields are invalid");
	}

	@Test
	void unreadableJsonIsBadRequest() throws Exception {
		HttpResponse<String> response = post("/things", "application/json", "{\"name\":");

		assertProblem(response, 400, "unreadable-body");
	}

	@Test
	void aBodyValueOfTheWrongKindIsNamedWithWhatItMustBe() throws Exception {
		HttpResponse<String> fraction = post("/things", "application/json", "{\"name\":\"x\",\"reps\":5.5}");
		assertProblem(fraction, 400, "validation-error");
		assertThat(fraction.body()).contains("\"field\":\"reps\"").contains("must be a whole number");

		HttpResponse<String> ordinal = post("/things", "application/json", "{\"name\":\"x\",\"reps\":5,\"kind\":1}");
		assertProblem(ordinal, 400, "validation-error");
		assertThat(ordinal.body()).contains("\"field\":\"kind\"").contains("must be one of WARMUP, WORKING");

		HttpResponse<String> unknown = post("/things", "application/json", "{\"name\":\"x\",\"reps\":5,\"kind\":\"HEAVY\"}");
		assertThat(unknown.body()).contains("\"field\":\"kind\"").contains("must be one of WARMUP, WORKING");

		HttpResponse<String> nested = post("/things", "application/json",
				"{\"name\":\"x\",\"reps\":5,\"splits\":[1,\"two\"]}");
		assertThat(nested.body()).contains("\"field\":\"splits[1]\"").contains("must be a whole number");
	}

	@Test
	void wrongTypeInPathIsBadRequestNamingTheParameter() throws Exception {
		HttpResponse<String> response = get("/things/not-a-number");

		assertProblem(response, 400, "validation-error");
		assertThat(response.body()).contains("\"field\":\"id\"");
	}

	@Test
	void unknownRouteIsNotFound() throws Exception {
		HttpResponse<String> response = get("/nothing/here");

		assertProblem(response, 404, "not-found");
		assertThat(response.body()).contains("\"instance\":\"/nothing/here\"").doesNotContain("static");
	}

	@Test
	void wrongMethodIsMethodNotAllowed() throws Exception {
		HttpResponse<String> response = send("DELETE", "/things", null, null);

		assertProblem(response, 405, "method-not-allowed");
	}

	@Test
	void unsupportedMediaType() throws Exception {
		HttpResponse<String> response = post("/things", "text/plain", "name=x");

		assertProblem(response, 415, "unsupported-media-type");
	}

	@Test
	void wildcardOrMalformedContentTypeIsUnsupported() throws Exception {
		assertProblem(post("/things", "*/*", "{\"name\":\"x\",\"reps\":1}"), 415, "unsupported-media-type");
		assertProblem(post("/things", "application/*", "{\"name\":\"x\",\"reps\":1}"), 415, "unsupported-media-type");
		assertProblem(post("/things", "not a media type", "{}"), 415, "unsupported-media-type");
	}

	@Test
	void queryThatIsNotPercentEncodedUtf8IsBadRequest() throws Exception {
		assertProblem(get("/things/7?q=%ff"), 400, "bad-request");
		assertProblem(get("/things/7?%C0%AF=1"), 400, "bad-request");
		assertProblem(get("/things/7?q=%E2%9C%93"), 409, "conflict");
	}

	@Test
	void declaredOversizedBodyIsTooLarge() throws Exception {
		HttpResponse<String> response = post("/things", "application/json",
				"{\"name\":\"" + "x".repeat(2000) + "\",\"reps\":1}");

		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void chunkedOversizedBodyIsTooLarge() throws Exception {
		String json = "{\"name\":\"" + "x".repeat(2000) + "\",\"reps\":1}";
		HttpRequest request = HttpRequest.newBuilder(url("/things"))
			.header("Content-Type", "application/json")
			// A publisher of unknown length makes the client send the body chunked, without Content-Length.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json.getBytes())))
			.build();

		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void statusExceptionsKeepTheirStatusAndReason() throws Exception {
		HttpResponse<String> response = get("/things/7");

		assertProblem(response, 409, "conflict");
		assertThat(response.body()).contains("Thing 7 is locked");
	}

	@Test
	void unexpectedErrorRevealsNothingInternal() throws Exception {
		HttpResponse<String> response = get("/boom");

		assertProblem(response, 500, "internal-error");
		assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("secret-detail")
			.doesNotContain("at io.repwise");
	}

	@Test
	void correlationIdIsEchoedOrCreatedAndInTheProblem() throws Exception {
		HttpResponse<String> given = send("GET", "/nothing", null, "abc-123");
		HttpResponse<String> created = get("/nothing");
		HttpResponse<String> hostile = send("GET", "/nothing", null, "bad id\twith tabs");

		assertThat(given.headers().firstValue("X-Request-Id")).hasValue("abc-123");
		// The trace id is the W3C one the server observation started, not the request id.
		assertThat(given.body()).contains("\"requestId\":\"abc-123\"").containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
		assertThat(created.headers().firstValue("X-Request-Id")).get().asString().hasSize(36);
		assertThat(hostile.headers().firstValue("X-Request-Id")).get().asString().doesNotContain("bad id");
	}

	@Test
	void whatTomcatRefusesItselfIsAProblemTooNotItsHtmlPage() throws Exception {
		for (String target : List.of("/things?q=a|b", "/things/%zz", "/things/a%2fb", "/things/%00", "/things/a\"b")) {
			String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer).as(target).startsWith("HTTP/1.1 400");
			assertThat(answer).as(target).containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"type\":\"urn:repwise:problem:bad-request\"", "\"status\":400")
				.doesNotContainIgnoringCase("<html")
				.doesNotContain("Tomcat");
		}
		String badHeader = raw("GET /things/1 HTTP/1.1\r\nHost: localhost\r\nX Broken: yes\r\nConnection: close\r\n\r\n");
		assertThat(badHeader).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
	}

	/** One request written as bytes, for targets no HTTP client library would send; the whole answer. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void assertProblem(HttpResponse<String> response, int status, String kind) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"urn:repwise:problem:" + kind + "\"")
			.contains("\"status\":" + status)
			.contains("\"title\":")
			.contains("\"detail\":")
			.contains("\"traceId\":");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null, null);
	}

	private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(url(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String body, String requestId) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(url(path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (requestId != null) {
			builder.header("X-Request-Id", requestId);
		}
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	record Thing(@NotBlank String name, @Min(0) @Max(1000) int reps, Kind kind, List<Integer> splits) {
	}

	enum Kind {

		WARMUP, WORKING

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ThingController.class)
	static class TestApplication {

	}

	@RestController
	static class ThingController {

		@PostMapping("/things")
		Thing create(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@GetMapping("/things/{id}")
		Thing get(@PathVariable long id) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Thing " + id + " is locked");
		}

		@GetMapping("/boom")
		Thing boom() {
			throw new IllegalStateException("secret-detail");
		}

	}

}
