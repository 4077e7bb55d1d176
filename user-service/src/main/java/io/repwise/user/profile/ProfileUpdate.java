package io.repwise.user.profile;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import io.repwise.user.profile.ProfileEnums.Equipment;
import io.repwise.user.profile.ProfileEnums.Experience;
import io.repwise.user.profile.ProfileEnums.Goal;
import io.repwise.user.profile.ProfileEnums.MuscleGroup;
import io.repwise.user.profile.ProfileEnums.Sex;
import io.repwise.user.profile.ProfileEnums.UnitSystem;

/**
 * The whole profile as the client sends it ({@code PUT} replaces it). Everything but the unit
 * system and time zone is optional: a user may not want to say.
 */
record ProfileUpdate(@Past(message = "must be in the past") LocalDate birthDate, Sex sex,
		@Valid ProfileDtos.MeasurementInput height, @NotNull UnitSystem unitSystem, Experience experience,
		Goal goal, @Min(1) @Max(7) Integer trainingDaysPerWeek, @Min(15) @Max(240) Integer sessionMinutes,
		@Size(max = 20) Set<Equipment> equipment, @Size(max = 6) Set<MuscleGroup> avoidMuscleGroups,
		@Size(max = 500) String injuries, @NotBlank @Size(max = 64) String timeZone) {
}
