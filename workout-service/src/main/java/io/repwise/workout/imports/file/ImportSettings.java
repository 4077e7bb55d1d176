package io.repwise.workout.imports.file;

import java.time.ZoneId;
import java.util.Objects;

import io.repwise.common.request.UnitSystem;

/**
 * What the file does not say and the lifter's account does: exports write local times without a
 * zone, and the older Strong layout writes weights and distances without a unit.
 *
 * @param zone the zone the workouts' local times were written in
 * @param units the units of a file that names none (Strong v5): kg and km, or lb and mi
 * @param dateOrder how to read slashed dates when no date in the file tells; {@code null} =
 * decide from the file, month first when it cannot tell
 */
public record ImportSettings(ZoneId zone, UnitSystem units, DateOrder dateOrder) {

	public ImportSettings {
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(units, "units");
	}

}
