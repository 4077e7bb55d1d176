package io.repwise.common.request;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.security.oauth2.jwt.Jwt;

import io.repwise.common.problem.InvalidFieldException;

/**
 * The time zone a user's days and weeks are counted in: the {@code zone} query parameter when
 * given, else the {@code zone} claim user-service puts in access tokens from the profile, else UTC.
 */
public final class PreferredZone {

	/** The access-token claim carrying the user's time zone (an IANA id such as {@code Europe/Berlin}). */
	public static final String CLAIM = "zone";

	/** Longer than any IANA zone id; a longer value is refused before it is parsed. */
	public static final int MAX_LENGTH = 64;

	/** The default answers as "UTC", as it always has, not as {@code ZoneOffset.UTC}'s id "Z". */
	static final ZoneId UTC = ZoneId.of("UTC");

	private PreferredZone() {
	}

	public static ZoneId of(String requested, Jwt token) {
		if (requested != null && !requested.isBlank()) {
			if (requested.length() > MAX_LENGTH) {
				throw new InvalidFieldException("zone", "must be a time zone such as Europe/Berlin");
			}
			try {
				return ZoneId.of(requested);
			}
			catch (DateTimeException ex) {
				throw new InvalidFieldException("zone", "must be a time zone such as Europe/Berlin");
			}
		}
		String claimed = (token != null) ? token.getClaimAsString(CLAIM) : null;
		if (claimed == null) {
			return UTC;
		}
		try {
			return ZoneId.of(claimed);
		}
		catch (DateTimeException ex) {
			// user-service validates the profile's zone; a zone this JDK lacks must not break the page.
			return UTC;
		}
	}

}
