package io.repwise.common.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A servlet service's token check: the signature is verified once per token ({@link VerifiedTokens}),
 * the claims (expiry, not-before, issuer, audience) on every request.
 */
final class CachingJwtDecoder implements JwtDecoder {

	private final JwtDecoder verifier;

	private final OAuth2TokenValidator<Jwt> claims;

	private final VerifiedTokens verified;

	/**
	 * @param verifier checks signature and claims, for tokens not seen yet
	 * @param claims the same claim rules, for tokens seen before
	 */
	CachingJwtDecoder(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, VerifiedTokens verified) {
		this.verifier = verifier;
		this.claims = claims;
		this.verified = verified;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.find(token);
		if (known == null) {
			Jwt jwt = this.verifier.decode(token);
			this.verified.remember(token, jwt);
			return jwt;
		}
		OAuth2TokenValidatorResult result = this.claims.validate(known);
		if (result.hasErrors()) {
			this.verified.forget(token);
			throw TokenChecks.rejected(result);
		}
		return known;
	}

}
