package io.repwise.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP calls to a service under test, JSON in and out, with an optional bearer token. */
public final class TestHttp {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final String baseUrl;

	private final Map<String, String> headers;

	private TestHttp(String baseUrl, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.headers = headers;
	}

	public static TestHttp at(int port) {
		return new TestHttp("http://localhost:" + port, Map.of());
	}

	/** The same client sending one more header on every request. */
	public TestHttp withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new TestHttp(this.baseUrl, more);
	}

	public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send("GET", path, null, token);
	}

	/**
	 * @param json the request body, or {@code null} for none
	 * @param token a bearer access token, or {@code null} to send none
	 */
	public HttpResponse<String> send(String method, String path, String json, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		this.headers.forEach(request::header);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
