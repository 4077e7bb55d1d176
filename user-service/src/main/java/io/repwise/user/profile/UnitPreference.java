package io.repwise.user.profile;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit system a user reads and types in, for the {@code units} claim of their access tokens:
 * other services show weights in it without asking user-service on every request.
 */
@Component
public class UnitPreference {

	private final ProfileRepository profiles;

	UnitPreference(ProfileRepository profiles) {
		this.profiles = profiles;
	}

	/** {@code metric} or {@code imperial}; metric until the profile says otherwise. */
	@Transactional(readOnly = true)
	public String of(UUID userId) {
		return this.profiles.findById(userId)
			.map((profile) -> profile.getUnitSystem().name().toLowerCase(Locale.ROOT))
			.orElse("metric");
	}

}
