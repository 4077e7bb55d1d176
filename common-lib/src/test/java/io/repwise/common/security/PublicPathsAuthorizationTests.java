package io.repwise.common.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The edge's rule answers as Spring Security's path matchers with permitAll / authenticated do. */
class PublicPathsAuthorizationTests {

	static final List<String> PATTERNS = List.of("/health", "/docs/**", "/api/v1/auth/login", "/api/v1/auth/jwks",
			"/api/v1/workouts/health", "/v3/api-docs/**");

	static final List<String> PATHS = List.of("/health", "/health/", "/docs", "/docs/index.html", "/api/v1/auth/login",
			"/api/v1/auth/logins", "/api/v1/auth/register", "/api/v1/workouts/health", "/api/v1/workouts",
			"/api/v1/workouts/health/x", "/v3/api-docs/workout", "/API/v1/auth/login", "/");

	final PublicPathsAuthorization authorization = new PublicPathsAuthorization(PATTERNS);

	final Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	final Authentication user = new TestingAuthenticationToken("lifter", null, "ROLE_USER");

	@Test
	void publicPathsAreWhatAnyOfSpringSecuritysPathMatchersMatches() {
		for (String path : PATHS) {
			MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
			boolean expected = PATTERNS.stream()
				.anyMatch((pattern) -> new PathPatternParserServerWebExchangeMatcher(pattern).matches(exchange)
					.map(MatchResult::isMatch)
					.block());
			assertThat(this.authorization.isPublic(exchange.getRequest().getPath().pathWithinApplication())).as(path)
				.isEqualTo(expected);
			assertThat(granted(path, this.anonymous)).as("anonymous on %s", path).isEqualTo(expected);
			assertThat(granted(path, null)).as("no authentication on %s", path).isEqualTo(expected);
			assertThat(granted(path, this.user)).as("a signed-in user on %s", path).isTrue();
		}
	}

	private boolean granted(String path, Authentication authentication) {
		AuthorizationContext context = new AuthorizationContext(MockServerWebExchange.from(MockServerHttpRequest.get(path)));
		Mono<Authentication> given = (authentication != null) ? Mono.just(authentication) : Mono.empty();
		return this.authorization.authorize(given, context).map(AuthorizationResult::isGranted).block();
	}

}
