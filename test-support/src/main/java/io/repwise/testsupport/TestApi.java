package io.repwise.testsupport;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's JSON API in a test: calls over real HTTP, with the assertions every test repeats. */
public final class TestApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestHttp http;

	private TestApi(TestHttp http) {
		this.http = http;
	}

	public static TestApi at(int port) {
		return new TestApi(TestHttp.at(port));
	}

	/** See {@link TestHttp#send}. */
	public HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
		return this.http.send(method, path, json, token);
	}

	/** See {@link TestHttp#upload}. */
	public HttpResponse<String> upload(String path, String fileName, byte[] content, String token) throws Exception {
		return this.http.upload(path, fileName, content, token);
	}

	/** The body as JSON, after checking the status (the body is the failure message otherwise). */
	public JsonNode body(int status, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	/** The field a 400 problem names first. */
	public String invalidField(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		return JSON.readTree(response.body()).get("errors").get(0).get("field").asString();
	}

}
