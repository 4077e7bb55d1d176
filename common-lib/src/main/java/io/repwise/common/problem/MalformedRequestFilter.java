package io.repwise.common.problem;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns away requests no controller could read, before one tries and fails with a 500: a
 * {@code Content-Type} that is a wildcard ({@code *}{@code /*}, {@code application/*}) or not a
 * media type at all gets a 415, and a query string that is not percent-encoded UTF-8 (such as
 * {@code ?q=%ff}) a 400, both as problem details written here, while the request's ids are known.
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	public MalformedRequestFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!readableContentType(request.getContentType())) {
			reject(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"The Content-Type must name one media type, such as application/json; wildcards are not accepted.");
			return;
		}
		if (request.getQueryString() != null && !readableParameters(request)) {
			reject(request, response, HttpStatus.BAD_REQUEST, "bad-request",
					"The request's parameters cannot be read; the query string must be percent-encoded UTF-8.");
			return;
		}
		chain.doFilter(request, response);
	}

	private void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
			String detail) throws IOException {
		ProblemDetail problem = Problems.of(status, kind, status.getReasonPhrase(), detail, request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(Problems.toJsonMembers(problem)));
	}

	private static boolean readableContentType(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Tomcat decodes parameters on first use and throws when a value is not valid UTF-8. */
	private static boolean readableParameters(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return true;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return false;
		}
	}

}
