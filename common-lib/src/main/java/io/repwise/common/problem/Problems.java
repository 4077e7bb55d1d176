package io.repwise.common.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.MDC;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import io.repwise.common.correlation.CorrelationId;

/**
 * Builds RFC 9457 problem details the same way in every service and in the gateway: a stable
 * {@code type} per kind of problem, the request path as {@code instance}, and the ids an operator
 * needs to find the matching log lines.
 */
public final class Problems {

	/** Prefix of every problem {@code type}; the suffix names the kind of problem. */
	public static final String TYPE_PREFIX = "urn:repwise:problem:";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String kind, String title, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + kind));
		problem.setTitle(title);
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		return withIds(problem, MDC.get(CorrelationId.MDC_KEY));
	}

	/**
	 * Adds the trace id (from Micrometer Tracing when it is active, else the correlation id, so
	 * there is always something to search the logs for) and the correlation id.
	 */
	public static ProblemDetail withIds(ProblemDetail problem, String requestId) {
		return withIds(problem, requestId, MDC.get("traceId"));
	}

	/** As {@link #withIds(ProblemDetail, String)}, for reactive code that knows the trace id itself. */
	public static ProblemDetail withIds(ProblemDetail problem, String requestId, String traceId) {
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		String effectiveTraceId = (traceId != null && !traceId.isBlank()) ? traceId : requestId;
		if (effectiveTraceId != null) {
			problem.setProperty("traceId", effectiveTraceId);
		}
		return problem;
	}

	/**
	 * The problem as the JSON members RFC 9457 defines plus its extension members, for code that
	 * writes a response body itself instead of through Spring's message converters.
	 */
	public static Map<String, Object> toJsonMembers(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

	/**
	 * A problem of the kind {@link #kindFor} names for the status, as JSON text: for the places that
	 * answer before Spring and its JSON mapper take part (Tomcat's error report, the gateway's Netty
	 * pipeline).
	 */
	public static String toJson(int status, String title, String detail) {
		String type = TYPE_PREFIX + kindFor(HttpStatusCode.valueOf(status));
		return "{\"type\":\"" + type + "\",\"title\":\"" + jsonText(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + jsonText(detail) + "\"}";
	}

	private static String jsonText(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** A short kebab-case kind for a status without a more specific one, such as {@code not-found}. */
	public static String kindFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			case 431 -> "request-header-fields-too-large";
			case 503 -> "service-unavailable";
			case 504 -> "gateway-timeout";
			case 505 -> "http-version-not-supported";
			default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
		};
	}

}
