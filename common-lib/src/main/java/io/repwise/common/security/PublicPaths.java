package io.repwise.common.security;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The gateway's public paths as one matcher: the same patterns and the same matching as
 * {@code pathMatchers(...)}, without its per-request debug lines. Spring Security's
 * {@code OrServerWebExchangeMatcher} writes one for each pattern it tries, and commons-logging's
 * SLF4J bridge (1.3 and 1.4) turns every message into a String before asking whether debug is on,
 * so each request paid a {@code String.format} per public pattern: 1 % of the gateway's CPU
 * (docs/PERFORMANCE.md).
 */
final class PublicPaths implements ServerWebExchangeMatcher {

	private final List<PathPattern> patterns;

	PublicPaths(List<String> patterns) {
		this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	boolean matches(PathContainer path) {
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return matches(exchange.getRequest().getPath().pathWithinApplication()) ? MatchResult.match()
				: MatchResult.notMatch();
	}

	@Override
	public String toString() {
		return "PublicPaths " + this.patterns;
	}

}
