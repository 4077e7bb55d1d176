package io.repwise.common.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

import io.repwise.common.correlation.CorrelationIdPropagatingInterceptor;

/**
 * Outgoing HTTP defaults for every {@code RestClient.Builder} that Boot hands out: the correlation
 * id travels along. Connect and read timeouts come from {@code spring.http.clients.*}, which
 * repwise-defaults.properties sets so that no call can hang forever.
 */
@AutoConfiguration
@ConditionalOnClass({ RestClient.class, RestClientCustomizer.class })
public class RestClientDefaultsAutoConfiguration {

	@Bean
	RestClientCustomizer correlationIdRestClientCustomizer() {
		return (builder) -> builder.requestInterceptor(new CorrelationIdPropagatingInterceptor());
	}

}
