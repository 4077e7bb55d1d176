package io.repwise.common.security;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The edge's one authorization rule: the public paths are open, everything else needs an
 * authenticated user. The same patterns and matching as {@code pathMatchers(...).permitAll()
 * .anyExchange().authenticated()}, without the debug lines that way writes per request: Spring
 * Security's {@code OrServerWebExchangeMatcher} formats one for each pattern it tries, and
 * commons-logging's SLF4J bridge (1.3 and 1.4) builds every message before asking whether debug is
 * on, so each request paid a {@code String.format} per public pattern: 1 % of the gateway's CPU
 * (docs/PERFORMANCE.md).
 */
final class PublicPathsAuthorization implements ReactiveAuthorizationManager<AuthorizationContext> {

	private static final Mono<AuthorizationResult> GRANTED = Mono.just(new AuthorizationDecision(true));

	private final List<PathPattern> patterns;

	private final ReactiveAuthorizationManager<AuthorizationContext> authenticated = AuthenticatedReactiveAuthorizationManager
		.authenticated();

	PublicPathsAuthorization(List<String> patterns) {
		this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	boolean isPublic(PathContainer path) {
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
		if (isPublic(context.getExchange().getRequest().getPath().pathWithinApplication())) {
			return GRANTED;
		}
		return this.authenticated.authorize(authentication, context);
	}

	@Override
	public String toString() {
		return "PublicPathsAuthorization";
	}

}
