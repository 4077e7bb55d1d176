package io.repwise.common.security;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in user behind a request: the subject of a user's access token. Service tokens
 * (client credentials) carry a client id as subject instead.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The user's id; a token without a user (a service's) is refused with 403. */
	public static UUID of(Jwt token) {
		UUID user = orNull(token);
		if (user == null) {
			throw new AccessDeniedException("This needs a user's token.");
		}
		return user;
	}

	/** The user's id, or {@code null} for a service token. */
	public static UUID orNull(Jwt token) {
		try {
			return UUID.fromString(token.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

}
