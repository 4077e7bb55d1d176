package io.repwise.user.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.PreferredZone;
import io.repwise.common.security.SecurityProperties;
import io.repwise.common.security.TokenChecks;

/** Signs short-lived RS256 access tokens for a user. */
public class AccessTokenIssuer {

	private final JwtEncoder encoder;

	private final SigningKeys keys;

	private final SecurityProperties security;

	private final SigningKeyProperties lifetimes;

	private final Clock clock;

	public AccessTokenIssuer(JwtEncoder encoder, SigningKeys keys, SecurityProperties security,
			SigningKeyProperties lifetimes, Clock clock) {
		this.encoder = encoder;
		this.keys = keys;
		this.security = security;
		this.lifetimes = lifetimes;
		this.clock = clock;
	}

	/**
	 * A user's token: the subject is the user id, with the user's roles, the unit system they
	 * read weights in ({@code units}) and their time zone ({@code zone}).
	 */
	public AccessToken issue(UUID userId, Collection<String> roles, String units, String zone) {
		return sign(userId.toString(), (claims) -> claims.claim(TokenChecks.ROLES_CLAIM, List.copyOf(roles))
			.claim(PreferredUnits.CLAIM, units)
			.claim(PreferredZone.CLAIM, zone));
	}

	/** A service's token (client credentials): the subject is the client id, with granted scopes. */
	public AccessToken issueForClient(String clientId, Collection<String> scopes) {
		return sign(clientId, (claims) -> claims.claim("client_id", clientId).claim("scope", String.join(" ", scopes)));
	}

	private AccessToken sign(String subject, java.util.function.Consumer<JwtClaimsSet.Builder> extraClaims) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.lifetimes.accessTokenLifetime());
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
			.id(UUID.randomUUID().toString())
			.issuer(this.security.issuer())
			.audience(List.of(this.security.audience()))
			.subject(subject)
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expiresAt);
		extraClaims.accept(builder);
		JwtClaimsSet claims = builder.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keys.current().getKeyID()).build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new AccessToken(value, expiresAt);
	}

	/** A signed token and when it expires. */
	public record AccessToken(String value, Instant expiresAt) {
	}

}
