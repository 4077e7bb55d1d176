package io.repwise.user.profile;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of a user's profile their access tokens carry, so that other services show weights in
 * the user's units and count weeks in the user's time zone without asking user-service on every
 * request. A change reaches the next token (at most one access-token lifetime later).
 */
@Component
public class TokenPreferences {

	private final ProfileRepository profiles;

	TokenPreferences(ProfileRepository profiles) {
		this.profiles = profiles;
	}

	/** Metric and UTC until the profile says otherwise. */
	@Transactional(readOnly = true)
	public Preferences of(UUID userId) {
		return this.profiles.findById(userId)
			.map((profile) -> new Preferences(profile.getUnitSystem().name().toLowerCase(Locale.ROOT),
					profile.getTimeZone()))
			.orElse(Preferences.DEFAULTS);
	}

	/**
	 * @param units {@code metric} or {@code imperial}
	 * @param timeZone an IANA time zone id, such as {@code Europe/Berlin}
	 */
	public record Preferences(String units, String timeZone) {

		static final Preferences DEFAULTS = new Preferences("metric", "UTC");

	}

}
