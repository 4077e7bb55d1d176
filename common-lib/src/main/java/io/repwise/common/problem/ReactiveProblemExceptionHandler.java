package io.repwise.common.problem;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import io.repwise.common.correlation.CorrelationId;
import io.repwise.common.correlation.ReactiveCorrelationIdFilter;

/**
 * Last-resort error rendering for reactive applications (the gateway): unknown routes, wrong
 * methods, oversized bodies, downstream timeouts and anything unexpected all leave as problem
 * details, never as Boot's default error JSON or a stack trace.
 */
public class ReactiveProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ReactiveProblemExceptionHandler.class);

	private final JsonMapper jsonMapper;

	public ReactiveProblemExceptionHandler(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		ProblemDetail problem = toProblem(ex, exchange);
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.jsonMapper.writeValueAsString(Problems.toJsonMembers(problem))
			.getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	private ProblemDetail toProblem(Throwable ex, ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().value();
		String requestId = exchange.getAttribute(ReactiveCorrelationIdFilter.ATTRIBUTE);
		ProblemDetail problem;
		if (ex instanceof ResponseStatusException statusException) {
			HttpStatusCode status = statusException.getStatusCode();
			// Framework reasons for 404/405 name internals ("No static resource …"); ours do not.
			boolean ownReason = statusException.getReason() != null && !status.is5xxServerError()
					&& status.value() != 404 && status.value() != 405;
			String detail = ownReason ? statusException.getReason() : defaultDetail(status);
			problem = Problems.of(status, Problems.kindFor(status), title(status), detail, path);
		}
		else {
			// The reactive chain does not carry the MDC on its own: put the id there for this line.
			try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.MDC_KEY, requestId)) {
				log.error("Unexpected error handling {} {}", exchange.getRequest().getMethod(), path, ex);
			}
			HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
			problem = Problems.of(status, "internal-error", title(status), defaultDetail(status), path);
		}
		return Problems.withIds(problem, requestId, io.repwise.common.observability.ReactiveTraces.traceId(exchange));
	}

	private static String title(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "HTTP " + status.value();
	}

	private static String defaultDetail(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "No route or resource matches this path.";
			case 405 -> "This path does not accept that HTTP method.";
			case 413 -> "The request body is too large.";
			case 415 -> "This content type is not supported here.";
			case 504 -> "A downstream service did not answer in time.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side. The request id identifies it in our logs." : title(status);
		};
	}

}
