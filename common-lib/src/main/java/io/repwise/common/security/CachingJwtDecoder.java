package io.repwise.common.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A servlet service's token check: the signature is verified once per token ({@link VerifiedTokens}),
 * the claims (expiry, not-before, issuer, audience) on every request.
 */
final class CachingJwtDecoder implements JwtDecoder {

	private final JwtDecoder verifier;

	private final VerifiedTokens verified;

	/** @param verifier checks signature and claims of tokens not seen yet */
	CachingJwtDecoder(JwtDecoder verifier, VerifiedTokens verified) {
		this.verifier = verifier;
		this.verified = verified;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.recall(token);
		if (known != null) {
			return known;
		}
		Jwt jwt = this.verifier.decode(token);
		this.verified.remember(token, jwt);
		return jwt;
	}

}
