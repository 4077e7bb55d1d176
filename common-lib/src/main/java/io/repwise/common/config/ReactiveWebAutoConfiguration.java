package io.repwise.common.config;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

import io.repwise.common.correlation.CorrelationId;
import io.repwise.common.correlation.ReactiveCorrelationIdFilter;
import io.repwise.common.observability.ReactiveAccessLogFilter;
import io.repwise.common.problem.ReactiveProblemExceptionHandler;

/** What every reactive application (the gateway) gets: correlation ids in logs and problem details. */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ReactiveWebAutoConfiguration {

	static {
		// Reactor context -> MDC where Reactor propagates context (handle/tap operators and
		// observation scopes), so those log lines carry the request id.
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(CorrelationId.MDC_KEY, () -> MDC.get(CorrelationId.MDC_KEY),
					(value) -> MDC.put(CorrelationId.MDC_KEY, value), () -> MDC.remove(CorrelationId.MDC_KEY));
	}

	@Bean
	ReactiveCorrelationIdFilter reactiveCorrelationIdFilter() {
		return new ReactiveCorrelationIdFilter();
	}

	@Bean
	@ConditionalOnProperty(name = "repwise.access-log.enabled", matchIfMissing = true)
	ReactiveAccessLogFilter reactiveAccessLogFilter() {
		return new ReactiveAccessLogFilter();
	}

	@Bean
	@Order(-2) // ahead of Boot's DefaultErrorWebExceptionHandler (-1)
	ReactiveProblemExceptionHandler reactiveProblemExceptionHandler(JsonMapper jsonMapper) {
		return new ReactiveProblemExceptionHandler(jsonMapper);
	}

}
