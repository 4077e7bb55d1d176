package io.repwise.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

import io.repwise.common.correlation.ReactiveCorrelationIdFilter;
import io.repwise.common.problem.Problems;

/**
 * The gateway's token check: the same rules as {@link ServletSecurityAutoConfiguration}, so a
 * request without a valid token is refused at the edge before any service sees it.
 * Security headers are the gateway's own (they must also cover fallbacks and errors), so Spring
 * Security's header writers are off here.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ SecurityWebFilterChain.class, ReactiveJwtDecoder.class })
@EnableConfigurationProperties(SecurityProperties.class)
public class ReactiveSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ReactiveJwtDecoder.class)
	ReactiveJwtDecoder reactiveJwtDecoder(SecurityProperties properties, ObjectProvider<Clock> clock) {
		// Bounded: a JWKS fetch that hangs must fail the request, not hold it forever.
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) TokenChecks.JWKS_TIMEOUT.toMillis())
			.responseTimeout(TokenChecks.JWKS_TIMEOUT);
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(httpClient)).build())
			.build();
		OAuth2TokenValidator<Jwt> validator = TokenChecks.validator(properties);
		decoder.setJwtValidator(validator);
		return new CachingReactiveJwtDecoder(decoder, new VerifiedTokens(validator, clock.getIfAvailable(Clock::systemUTC)));
	}

	/**
	 * Spring Security's own observations off: it would observe every filter of its chain, every
	 * authentication and every authorization, about a dozen observations (and unsampled spans) per
	 * request for steps the request's own span and access line already cover. With this bean the
	 * filters are not even wrapped, which Boot's {@code management.observations.enable} predicate
	 * does not achieve.
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, SecurityProperties properties, JsonMapper jsonMapper) {
		List<String> publicPaths = new ArrayList<>(SecurityProperties.ALWAYS_PUBLIC);
		publicPaths.addAll(properties.publicPaths());
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(TokenChecks.authorities());
		ProblemWriter problems = new ProblemWriter(jsonMapper);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			// Stateless, like the servlet services: no WebSession is looked up per request for a
			// saved request or a security context; the bearer token is the only credential.
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange((exchanges) -> exchanges.anyExchange().access(new PublicPathsAuthorization(publicPaths)))
			.oauth2ResourceServer((server) -> server.bearerTokenConverter(new BearerTokenHeader())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(authentication)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/**
	 * Requests Spring Security's firewall refuses (a double slash, an encoded slash or NUL, a
	 * non-standard method such as TRACE) are answered as problem details too, not as a bare 400.
	 * The firewall is the strict one with its own rules, its header checks done without regular
	 * expressions ({@link HeaderText}).
	 */
	@Bean
	static BeanPostProcessor problemForFirewallRejections(ObjectProvider<JsonMapper> jsonMapper) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof WebFilterChainProxy proxy) {
					StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
					firewall.setAllowedHeaderNames(HeaderText::isAllowedName);
					firewall.setAllowedHeaderValues(HeaderText::isAllowedValue);
					firewall.setAllowedParameterNames(HeaderText::isAllowedName);
					proxy.setFirewall(firewall);
					proxy.setExchangeRejectedHandler(new ProblemWriter(jsonMapper.getObject()));
				}
				return bean;
			}
		};
	}

	/** 401 and 403 as problem details, like {@link ProblemSecurityHandlers} for servlet services. */
	static final class ProblemWriter
			implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

		private final JsonMapper jsonMapper;

		ProblemWriter(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
		}

		@Override
		public Mono<Void> commence(ServerWebExchange exchange,
				org.springframework.security.core.AuthenticationException ex) {
			boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader("Authorization");
			exchange.getResponse()
				.getHeaders()
				.set("WWW-Authenticate", tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
			return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
					tokenGiven ? "The access token is invalid or has expired." : "This endpoint needs a bearer access token.");
		}

		@Override
		public Mono<Void> handle(ServerWebExchange exchange,
				org.springframework.security.access.AccessDeniedException denied) {
			return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"Your account is not allowed to do this.");
		}

		@Override
		public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
			return write(exchange, HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
					"The request was refused: its path or method is not one this API accepts (such as a double slash, "
							+ "an encoded slash or NUL character, or a method like TRACE).");
		}

		private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String kind, String title,
				String detail) {
			ProblemDetail problem = Problems.of(status, kind, title, detail, exchange.getRequest().getPath().value());
			Problems.withIds(problem, exchange.getAttribute(ReactiveCorrelationIdFilter.ATTRIBUTE));
			ServerHttpResponse response = exchange.getResponse();
			response.setStatusCode(status);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			byte[] body = this.jsonMapper.writeValueAsString(Problems.toJsonMembers(problem))
				.getBytes(StandardCharsets.UTF_8);
			return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
		}

	}

}
