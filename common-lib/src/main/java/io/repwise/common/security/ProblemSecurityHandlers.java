package io.repwise.common.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.repwise.common.correlation.CorrelationId;
import io.repwise.common.problem.Problems;

/**
 * 401 and 403 as problem details. The 401 says what is needed without saying which check a
 * token failed, so a forger learns nothing from it; {@code WWW-Authenticate} follows RFC 6750.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper jsonMapper;

	public ProblemSecurityHandlers(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		boolean tokenGiven = request.getHeader("Authorization") != null;
		response.setHeader("WWW-Authenticate",
				tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
				tokenGiven ? "The access token is invalid or has expired." : "This endpoint needs a bearer access token.",
				request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"Your account is not allowed to do this.", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, String kind, String title, String detail,
			HttpServletRequest request) throws IOException {
		ProblemDetail problem = Problems.of(status, kind, title, detail, request.getRequestURI());
		Problems.withIds(problem, MDC.get(CorrelationId.MDC_KEY));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream()
			.write(this.jsonMapper.writeValueAsString(Problems.toJsonMembers(problem)).getBytes(StandardCharsets.UTF_8));
	}

}
