package io.repwise.common.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import io.repwise.common.correlation.CorrelationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every RestClient that Boot builds carries the correlation id and gives up on a silent server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.http.clients.read-timeout=300ms")
class OutgoingHttpDefaultsTests {

	@Autowired
	RestClient.Builder builder;

	HttpServer server;

	final AtomicReference<String> receivedRequestId = new AtomicReference<>();

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/echo", (exchange) -> {
			this.receivedRequestId.set(exchange.getRequestHeaders().getFirst(CorrelationId.HEADER));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.server.createContext("/silent", (exchange) -> {
			try {
				Thread.sleep(2000);
				exchange.sendResponseHeaders(204, -1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			try (OutputStream ignored = exchange.getResponseBody()) {
				// close
			}
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
		MDC.clear();
	}

	@Test
	void correlationIdOfTheCurrentRequestTravelsDownstream() {
		MDC.put(CorrelationId.MDC_KEY, "req-77");

		client().get().uri("/echo").retrieve().toBodilessEntity();

		assertThat(this.receivedRequestId.get()).isEqualTo("req-77");
	}

	@Test
	void aServerThatDoesNotAnswerTimesOut() {
		assertThatExceptionOfType(ResourceAccessException.class)
			.isThrownBy(() -> client().get().uri("/silent").retrieve().toBodilessEntity());
	}

	private RestClient client() {
		return this.builder.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort()).build();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
