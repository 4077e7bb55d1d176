package io.repwise.common.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How every service checks access tokens.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must include
 * @param jwksUri where user-service publishes its public keys
 * @param publicPaths path patterns reachable without a token, besides health and the error page
 */
@ConfigurationProperties("repwise.security")
public record SecurityProperties(String issuer, String audience, URI jwksUri, List<String> publicPaths) {

	/** Reachable without a token everywhere: probes, metrics scraping, the OpenAPI document and the error page. */
	public static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health", "/actuator/health/**",
			"/actuator/info", "/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**");

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

}
