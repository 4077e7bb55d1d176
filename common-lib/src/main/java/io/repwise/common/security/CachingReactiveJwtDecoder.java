package io.repwise.common.security;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The gateway's token check, as {@link CachingJwtDecoder}: signature once per token, claims every time. */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final OAuth2TokenValidator<Jwt> claims;

	private final VerifiedTokens verified;

	CachingReactiveJwtDecoder(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, VerifiedTokens verified) {
		this.verifier = verifier;
		this.claims = claims;
		this.verified = verified;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.find(token);
		if (known == null) {
			return this.verifier.decode(token).doOnNext((jwt) -> this.verified.remember(token, jwt));
		}
		OAuth2TokenValidatorResult result = this.claims.validate(known);
		if (result.hasErrors()) {
			this.verified.forget(token);
			return Mono.error(TokenChecks.rejected(result));
		}
		return Mono.just(known);
	}

}
