package io.repwise.common.security;

import java.time.Duration;
import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.DelegatingJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** The token rules shared by the gateway and every service, servlet or reactive. */
public final class TokenChecks {

	/** Claim holding the user's roles, such as {@code ["USER","ADMIN"]}. */
	public static final String ROLES_CLAIM = "roles";

	/** Connect and read timeout for fetching user-service's JWKS. */
	public static final Duration JWKS_TIMEOUT = Duration.ofSeconds(2);

	private TokenChecks() {
	}

	/** Signature is checked by the decoder; this adds expiry, not-before, issuer and audience. */
	public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
				new JwtAudienceValidator(properties.audience()));
	}

	/**
	 * A user's roles become {@code ROLE_*} authorities ({@code hasRole("ADMIN")}); a service
	 * token's scopes become {@code SCOPE_*} ({@code hasAuthority("SCOPE_events:write")}).
	 */
	public static Converter<Jwt, Collection<GrantedAuthority>> authorities() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(ROLES_CLAIM);
		roles.setAuthorityPrefix("ROLE_");
		return new DelegatingJwtGrantedAuthoritiesConverter(roles, new JwtGrantedAuthoritiesConverter());
	}

}
