package io.repwise.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
	 * A file as a browser's form sends it: {@code multipart/form-data} with one part named
	 * {@code file}.
	 */
	public HttpResponse<String> upload(String path, String fileName, byte[] content, String token)
			throws IOException, InterruptedException {
		String boundary = "repwise-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		this.headers.forEach(request::header);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
