package io.repwise.common.correlation;

import java.io.IOException;

import org.slf4j.MDC;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Carries the current request's correlation id to every downstream service we call. */
public class CorrelationIdPropagatingInterceptor implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String requestId = MDC.get(CorrelationId.MDC_KEY);
		if (requestId != null && !request.getHeaders().containsHeader(CorrelationId.HEADER)) {
			request.getHeaders().set(CorrelationId.HEADER, requestId);
		}
		return execution.execute(request, body);
	}

}
