package io.repwise.common.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * The bearer token of the {@code Authorization} header, read as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} reads it (a header not starting with "bearer"
 * carries none; otherwise it must be {@code Bearer <token68>}, or the request is refused as
 * malformed), with a character loop in place of its case-insensitive regular expression. That
 * expression ran over every token, about 700 characters: 2.4 % of the gateway's CPU on a signed-in
 * request (docs/PERFORMANCE.md). Tokens in query parameters or form bodies are not accepted,
 * as with Spring Security's defaults.
 */
final class BearerTokenHeader implements ServerAuthenticationConverter {

	private static final String SCHEME = "bearer";

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		return Mono.fromCallable(() -> token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
			.map(BearerTokenAuthenticationToken::new);
	}

	/** The token, {@code null} when the header names another scheme or is missing. */
	static String token(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		int start = SCHEME.length() + 1;
		if (authorization.length() <= start || authorization.charAt(start - 1) != ' ') {
			throw malformed();
		}
		int end = start;
		while (end < authorization.length() && isToken68(authorization.charAt(end))) {
			end++;
		}
		if (end == start) {
			throw malformed();
		}
		while (end < authorization.length() && authorization.charAt(end) == '=') {
			end++;
		}
		if (end != authorization.length()) {
			throw malformed();
		}
		return authorization.substring(start);
	}

	private static boolean isToken68(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

	private static OAuth2AuthenticationException malformed() {
		return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
	}

}
