package io.repwise.common.security;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The gateway's token check, as {@link CachingJwtDecoder}: signature once per token, claims every time. */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final VerifiedTokens verified;

	CachingReactiveJwtDecoder(ReactiveJwtDecoder verifier, VerifiedTokens verified) {
		this.verifier = verifier;
		this.verified = verified;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		return Mono.fromCallable(() -> this.verified.recall(token))
			.switchIfEmpty(Mono.defer(() -> this.verifier.decode(token).doOnNext((jwt) -> this.verified.remember(token, jwt))));
	}

}
