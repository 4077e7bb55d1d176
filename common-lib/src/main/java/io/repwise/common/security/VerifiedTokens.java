package io.repwise.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Tokens whose signature this process has already verified, by their exact text. A client sends
 * the same token with every request for its lifetime, and the RSA check is the costliest step of
 * a cached request (docs/PERFORMANCE.md), so it is done once per token and process. Changing one
 * character of a token makes it a different key, which is verified afresh.
 * <p>
 * An entry is trusted for at most {@link #MAX_AGE}, as long as a servlet service caches the JWKS,
 * so a signing key withdrawn from the JWKS stops being honoured at most that much later than it
 * would without this cache. The map is bounded: when full, stale entries go first and, if that
 * is not enough, all of them (they are only re-verified).
 */
final class VerifiedTokens {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	static final int MAX_ENTRIES = 2_000;

	private final ConcurrentHashMap<String, Verified> entries = new ConcurrentHashMap<>();

	private final OAuth2TokenValidator<Jwt> claims;

	private final Clock clock;

	/** @param claims the claim rules (expiry, not-before, issuer, audience), checked on every recall */
	VerifiedTokens(OAuth2TokenValidator<Jwt> claims, Clock clock) {
		this.claims = claims;
		this.clock = clock;
	}

	/**
	 * The decoded token if its signature was verified here less than {@link #MAX_AGE} ago, its
	 * claims checked again now; {@code null} when it has to be verified.
	 * @throws JwtValidationException when the claims no longer pass (the token is forgotten)
	 */
	Jwt recall(String token) {
		Verified verified = this.entries.get(token);
		if (verified == null) {
			return null;
		}
		if (verified.isStale(this.clock.instant())) {
			this.entries.remove(token, verified);
			return null;
		}
		OAuth2TokenValidatorResult result = this.claims.validate(verified.jwt());
		if (result.hasErrors()) {
			this.entries.remove(token, verified);
			throw rejected(result);
		}
		return verified.jwt();
	}

	void remember(String token, Jwt jwt) {
		if (this.entries.size() >= MAX_ENTRIES) {
			Instant now = this.clock.instant();
			this.entries.values().removeIf((verified) -> verified.isStale(now));
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
		}
		this.entries.put(token, new Verified(jwt, this.clock.instant()));
	}

	int size() {
		return this.entries.size();
	}

	/** A token refused for its claims, worded as Spring Security's own decoders word it. */
	private static JwtValidationException rejected(OAuth2TokenValidatorResult result) {
		String reasons = result.getErrors()
			.stream()
			.map((error) -> (error.getDescription() != null) ? error.getDescription() : error.getErrorCode())
			.collect(Collectors.joining(", "));
		return new JwtValidationException("An error occurred while attempting to decode the Jwt: " + reasons,
				result.getErrors());
	}

	private record Verified(Jwt jwt, Instant at) {

		/** Past the trust window, or past the token's own expiry (no use keeping it). */
		boolean isStale(Instant now) {
			Instant expiresAt = this.jwt.getExpiresAt();
			return now.isAfter(this.at.plus(MAX_AGE)) || (expiresAt != null && now.isAfter(expiresAt.plus(MAX_AGE)));
		}

	}

}
