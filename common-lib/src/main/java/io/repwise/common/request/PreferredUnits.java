package io.repwise.common.request;

import org.springframework.security.oauth2.jwt.Jwt;

import io.repwise.common.problem.InvalidFieldException;

/**
 * Which units a request reads and writes in: the {@code units} query parameter when given,
 * else the {@code units} claim user-service puts in access tokens from the profile, else metric.
 */
public final class PreferredUnits {

	/** The access-token claim carrying the user's unit system ({@code metric} or {@code imperial}). */
	public static final String CLAIM = "units";

	private PreferredUnits() {
	}

	public static UnitSystem of(String requested, Jwt token) {
		if (requested != null && !requested.isBlank()) {
			UnitSystem units = UnitSystem.parse(requested);
			if (units == null) {
				throw new InvalidFieldException("units", "must be metric or imperial");
			}
			return units;
		}
		UnitSystem fromToken = (token != null) ? UnitSystem.parse(token.getClaimAsString(CLAIM)) : null;
		return (fromToken != null) ? fromToken : UnitSystem.METRIC;
	}

}
