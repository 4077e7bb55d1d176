package io.repwise.ai.coaching;

import org.springframework.security.oauth2.jwt.Jwt;

import io.repwise.ai.training.WeightUnit;
import io.repwise.common.problem.InvalidFieldException;

/** The unit loads are shown in: the {@code units} parameter, else the token's {@code units} claim, else kg. */
public final class Units {

	private Units() {
	}

	public static WeightUnit of(String units, Jwt token) {
		if (units != null) {
			if (!units.equals("metric") && !units.equals("imperial")) {
				throw new InvalidFieldException("units", "must be metric or imperial");
			}
			return WeightUnit.ofSystem(units);
		}
		return WeightUnit.ofSystem(token.getClaimAsString("units"));
	}

}
