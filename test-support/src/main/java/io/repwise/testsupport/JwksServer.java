package io.repwise.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Serves a JWKS over real HTTP, as user-service does, for services under test to fetch keys from. */
public final class JwksServer implements AutoCloseable {

	private final HttpServer server;

	private JwksServer(String jwksJson) throws IOException {
		byte[] body = jwksJson.getBytes(StandardCharsets.UTF_8);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/auth/jwks", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	public static JwksServer serving(TestTokens tokens) {
		try {
			return new JwksServer(tokens.jwksJson());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value for {@code repwise.security.jwks-uri}. */
	public String jwksUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v1/auth/jwks";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
