package io.repwise.common.openapi;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import io.repwise.common.config.RepwiseWebProperties;
import io.repwise.common.security.SecurityProperties;

/**
 * The OpenAPI document every service serves at {@code /v3/api-docs} (springdoc, when the service
 * depends on it): titled after the service, described by {@code repwise.openapi.description},
 * with bearer tokens required unless an endpoint is public, every problem response declared, and
 * its paths relative to where it is read from, so the gateway's Swagger UI calls through the gateway.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication
public class OpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenAPI serviceApi(@Value("${spring.application.name:repwise}") String service,
			@Value("${repwise.openapi.description:}") String description) {
		return new OpenAPI().info(new Info().title("Repwise " + service).version("v1").description(description))
			.servers(List.of(new Server().url("/").description("The host this document was read from")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("An access token from POST /api/v1/auth/login.")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OpenApiCustomizer problemResponses(ObjectProvider<SecurityProperties> security,
			ObjectProvider<RepwiseWebProperties> web,
			@Value("${repwise.openapi.self-described-paths:${repwise.feature-health.path:}}") List<String> selfDescribed) {
		List<String> publicPaths = new ArrayList<>(SecurityProperties.ALWAYS_PUBLIC);
		security.ifAvailable((properties) -> publicPaths.addAll(properties.publicPaths()));
		List<String> healthPaths = selfDescribed.stream().filter((path) -> !path.isBlank()).toList();
		publicPaths.addAll(healthPaths);
		RepwiseWebProperties limits = web.getIfAvailable(() -> new RepwiseWebProperties(null));
		return new ProblemResponses(publicPaths, limits.maxRequestSize(), healthPaths);
	}

	@Bean
	OperationCustomizer roleCheckResponses() {
		return new RoleCheckResponses();
	}

	@Bean
	ParameterCustomizer requestContextParameters() {
		return new RequestContextParameters();
	}

}
