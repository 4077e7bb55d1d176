package io.repwise.common.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

import static org.assertj.core.api.Assertions.assertThat;

/** One matcher over the public patterns answers as Spring Security's path matchers do. */
class PublicPathsTests {

	static final List<String> PATTERNS = List.of("/health", "/docs/**", "/api/v1/auth/login", "/api/v1/auth/jwks",
			"/api/v1/workouts/health", "/v3/api-docs/**");

	final PublicPaths publicPaths = new PublicPaths(PATTERNS);

	@Test
	void matchesWhatAnyOfSpringSecuritysPathMatchersMatches() {
		for (String path : List.of("/health", "/health/", "/docs", "/docs/index.html", "/api/v1/auth/login",
				"/api/v1/auth/logins", "/api/v1/auth/register", "/api/v1/workouts/health", "/api/v1/workouts",
				"/api/v1/workouts/health/x", "/v3/api-docs/workout", "/API/v1/auth/login", "/")) {
			MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
			boolean expected = PATTERNS.stream()
				.anyMatch((pattern) -> new PathPatternParserServerWebExchangeMatcher(pattern).matches(exchange)
					.map(MatchResult::isMatch)
					.block());
			assertThat(this.publicPaths.matches(exchange).map(MatchResult::isMatch).block()).as(path).isEqualTo(expected);
			assertThat(this.publicPaths.matches(PathContainer.parsePath(path))).as(path).isEqualTo(expected);
		}
	}

}
