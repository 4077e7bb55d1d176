package io.repwise.common.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

/**
 * Every servlet service is a resource server: a bearer token signed by user-service (RS256 only,
 * so {@code alg: none} and symmetric forgeries fail), from the right issuer, for the right
 * audience and unexpired, is required everywhere but the public paths. No sessions, no CSRF
 * (no cookies are used), errors as problem details.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class })
@EnableConfigurationProperties(SecurityProperties.class)
public class ServletSecurityAutoConfiguration {

	/** Role and scope checks are declared on the endpoints they guard, with {@code @PreAuthorize}. */
	@Configuration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class MethodSecurity {

	}

	@Bean
	@ConditionalOnMissingBean(JwtDecoder.class)
	JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<Clock> clock) {
		// Bounded: a JWKS fetch that hangs must fail the request, not hold a thread forever.
		SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
		requestFactory.setConnectTimeout(TokenChecks.JWKS_TIMEOUT);
		requestFactory.setReadTimeout(TokenChecks.JWKS_TIMEOUT);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.restOperations(new RestTemplate(requestFactory))
			.build();
		OAuth2TokenValidator<Jwt> validator = TokenChecks.validator(properties);
		decoder.setJwtValidator(validator);
		return new CachingJwtDecoder(decoder, new VerifiedTokens(validator, clock.getIfAvailable(Clock::systemUTC)));
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
	SecurityProblemAdvice securityProblemAdvice() {
		return new SecurityProblemAdvice();
	}

	@Bean
	ProblemSecurityHandlers problemSecurityHandlers(JsonMapper jsonMapper) {
		return new ProblemSecurityHandlers(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ProblemSecurityHandlers problems,
			@Value("${repwise.feature-health.path:}") String featureHealthPath) throws Exception {
		List<String> publicPaths = new ArrayList<>(SecurityProperties.ALWAYS_PUBLIC);
		publicPaths.addAll(properties.publicPaths());
		if (!featureHealthPath.isEmpty()) {
			publicPaths.add(featureHealthPath);
		}
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(TokenChecks.authorities());
		http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(publicPaths.toArray(String[]::new))
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(authentication))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

}
