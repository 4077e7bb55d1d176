package io.repwise.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one downstream service in gateway tests: it answers its
 * readiness probe, serves a JWKS when given one, and echoes which service received which request
 * (with its correlation id and forwarding headers). Paths ending in
 * {@code /slow} answer after two seconds; paths ending in {@code /unavailable} answer 503.
 */
final class StandInService implements AutoCloseable {

	private final String name;

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private volatile String lastForwardedFor;

	private volatile String jwks;

	private StandInService(String name) throws IOException {
		this.name = name;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	static StandInService start(String name) throws IOException {
		return new StandInService(name);
	}

	/** A base URL where nothing listens: a service that is down. */
	static String deadUrl() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
	}

	/** Serve this JSON at {@code /api/v1/auth/jwks}, as user-service does. */
	StandInService withJwks(String json) {
		this.jwks = json;
		return this;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Requests received, not counting readiness probes. */
	int requests() {
		return this.requests.get();
	}

	/** The X-Forwarded-For of the last request received. */
	String lastForwardedFor() {
		return this.lastForwardedFor;
	}

	void resetRequests() {
		this.requests.set(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		exchange.getRequestBody().readAllBytes();
		if (path.equals("/actuator/health/readiness")) {
			respond(exchange, 200, "{\"status\":\"UP\"}");
			return;
		}
		if (path.equals("/api/v1/auth/jwks") && this.jwks != null) {
			respond(exchange, 200, this.jwks);
			return;
		}
		this.requests.incrementAndGet();
		this.lastForwardedFor = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
		if (path.endsWith("/slow")) {
			sleep(2000);
		}
		int status = path.endsWith("/unavailable") ? 503 : 200;
		String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
		respond(exchange, status, "{\"service\":\"" + this.name + "\",\"method\":\"" + exchange.getRequestMethod()
				+ "\",\"path\":\"" + path + "\",\"requestId\":\"" + requestId + "\",\"forwardedFor\":\""
				+ exchange.getRequestHeaders().get("X-Forwarded-For") + "\",\"forwarded\":\""
				+ exchange.getRequestHeaders().get("Forwarded") + "\",\"traceparent\":\""
				+ exchange.getRequestHeaders().getFirst("traceparent") + "\"}");
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
