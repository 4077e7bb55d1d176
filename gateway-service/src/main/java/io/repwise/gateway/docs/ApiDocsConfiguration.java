package io.repwise.gateway.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.repwise.gateway.system.GatewayProperties;

/**
 * The API, browsable through the gateway: every service's OpenAPI document at
 * {@code /v3/api-docs/{service}} (such as {@code /v3/api-docs/workout}), and one Swagger UI over
 * all of them at {@code /docs}. The documents' server is {@code /}, so "Try it out" goes through
 * the gateway, with its token checks and rate limits, like any client. The gateway's own document
 * (its {@code /health}) is {@code /v3/api-docs/gateway}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	/** Where each service's document is served; the list Swagger UI offers comes from the same names. */
	static final String DOCUMENTS = "/v3/api-docs/";

	/** The gateway's own document (springdoc.api-docs.path), listed first. */
	static final String GATEWAY = "gateway-service";

	private static final ClassPathResource PAGE = new ClassPathResource("static/docs/index.html");

	@Bean
	RouteLocator apiDocumentRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		properties.services()
			.forEach((name, service) -> routes.route(name + "-api-docs", (route) -> route.path(DOCUMENTS + shortName(name))
				.filters((filters) -> filters.setPath("/v3/api-docs"))
				.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, properties.connectTimeout().toMillis())
				.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, service.responseTimeout().toMillis())
				.uri(service.url())));
		return routes.build();
	}

	@Bean
	RouterFunction<ServerResponse> apiDocsPage(GatewayProperties properties) {
		List<String> documents = new ArrayList<>();
		documents.add(GATEWAY);
		documents.addAll(properties.services().keySet());
		Map<String, Object> config = swaggerConfig(documents);
		return RouterFunctions.route()
			.GET("/docs", (request) -> ServerResponse.ok()
				.contentType(MediaType.TEXT_HTML)
				.cacheControl(CacheControl.noCache())
				.bodyValue(PAGE))
			.GET("/docs/swagger-config", (request) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(config))
			.build();
	}

	/** Swagger UI's configuration: one entry per service, in the order the gateway lists them. */
	static Map<String, Object> swaggerConfig(List<String> services) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("urls", services.stream().map((name) -> new Document(name, DOCUMENTS + shortName(name))).toList());
		config.put("deepLinking", true);
		config.put("persistAuthorization", false);
		config.put("tryItOutEnabled", false);
		config.put("tagsSorter", "alpha");
		config.put("operationsSorter", "alpha");
		// Swagger UI would send every document to validator.swagger.io; the lint validates them instead.
		config.put("validatorUrl", "none");
		return config;
	}

	/** One entry of Swagger UI's list of documents. */
	record Document(String name, String url) {
	}

	/** {@code workout-service} is {@code workout}. */
	static String shortName(String service) {
		return service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
	}

}
