package io.repwise.ai.coaching;

import org.springframework.security.oauth2.jwt.Jwt;

import io.repwise.training.WeightUnit;
import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.UnitSystem;

/** The unit loads are shown in, chosen as every service chooses it ({@link PreferredUnits}). */
public final class Units {

	private Units() {
	}

	public static WeightUnit of(String units, Jwt token) {
		return (PreferredUnits.of(units, token) == UnitSystem.IMPERIAL) ? WeightUnit.LB : WeightUnit.KG;
	}

}
