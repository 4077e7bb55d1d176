package io.repwise.common.request;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import io.repwise.common.problem.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The units and time zone a request is answered in, the same in every service. */
class RequestPreferencesTests {

	@Test
	void theParameterWinsOverTheTokenAndTheTokenOverTheDefault() {
		Jwt imperialBerlin = token("imperial", "Europe/Berlin");
		assertThat(PreferredUnits.of("metric", imperialBerlin)).isEqualTo(UnitSystem.METRIC);
		assertThat(PreferredUnits.of(null, imperialBerlin)).isEqualTo(UnitSystem.IMPERIAL);
		assertThat(PreferredUnits.of(null, token(null, null))).isEqualTo(UnitSystem.METRIC);
		assertThat(PreferredZone.of("Asia/Kolkata", imperialBerlin)).isEqualTo(ZoneId.of("Asia/Kolkata"));
		assertThat(PreferredZone.of(null, imperialBerlin)).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(PreferredZone.of(null, token(null, null))).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void unitsAreMetricOrImperialInAnyCaseAndNothingElse() {
		assertThat(PreferredUnits.of(" Imperial ", null)).isEqualTo(UnitSystem.IMPERIAL);
		for (String other : new String[] { "lb", "kg", "lbs", "si", "imperial;drop" }) {
			assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> PreferredUnits.of(other, null))
				.satisfies((refused) -> assertThat(errors(refused)).contains("must be metric or imperial"));
		}
	}

	@Test
	void aBadZoneParameterIsRefusedButABadClaimFallsBackToUtc() {
		assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> PreferredZone.of("Mars/Olympus", null))
			.satisfies((refused) -> assertThat(errors(refused)).contains("zone", "must be a time zone"));
		assertThat(PreferredZone.of(null, token("sideways", "Mars/Olympus"))).isEqualTo(ZoneId.of("UTC"));
		assertThat(PreferredUnits.of(null, token("sideways", "Mars/Olympus"))).isEqualTo(UnitSystem.METRIC);
	}

	@Test
	void claimNamesAreThoseUserServiceSigns() {
		assertThat(PreferredUnits.CLAIM).isEqualTo("units");
		assertThat(PreferredZone.CLAIM).isEqualTo("zone");
	}

	/** The field errors the problem will carry, as text. */
	private static String errors(InvalidFieldException refused) {
		return String.valueOf(refused.getBody().getProperties().get("errors"));
	}

	private static Jwt token(String units, String zone) {
		Jwt.Builder token = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone");
		if (units != null) {
			token.claim(PreferredUnits.CLAIM, units);
		}
		if (zone != null) {
			token.claim(PreferredZone.CLAIM, zone);
		}
		return token.build();
	}

}
