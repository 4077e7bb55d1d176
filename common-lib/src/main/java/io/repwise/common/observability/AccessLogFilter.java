package io.repwise.common.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet services' access log. Registered inside the server observation (which puts the trace
 * id in the MDC) and the correlation filter, so its line carries both ids.
 */
public class AccessLogFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			AccessLog.write(request.getMethod(), request.getRequestURI(), response.getStatus(), start);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return AccessLog.skips(request.getRequestURI());
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
