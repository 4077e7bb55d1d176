package io.repwise.ai.system;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Health of the services ai-service depends on, shown in its public feature health. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DownstreamServices.class)
class DownstreamConfiguration {

	/** A probe must answer quickly or count as down; it must never stall the health endpoint. */
	private static final Duration PROBE_TIMEOUT = Duration.ofMillis(800);

	@Bean
	DownstreamHealthIndicator userService(RestClient.Builder builder, DownstreamServices services) {
		return new DownstreamHealthIndicator(probeClient(builder), services.userService());
	}

	@Bean
	DownstreamHealthIndicator workoutService(RestClient.Builder builder, DownstreamServices services) {
		return new DownstreamHealthIndicator(probeClient(builder), services.workoutService());
	}

	private static RestClient probeClient(RestClient.Builder builder) {
		HttpClientSettings settings = HttpClientSettings.defaults().withTimeouts(PROBE_TIMEOUT, PROBE_TIMEOUT);
		return builder.clone().requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings)).build();
	}

}
