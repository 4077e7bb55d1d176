package io.repwise.user.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import io.repwise.user.profile.ProfileEnums.Equipment;
import io.repwise.user.profile.ProfileEnums.Experience;
import io.repwise.user.profile.ProfileEnums.Goal;
import io.repwise.user.profile.ProfileEnums.MuscleGroup;
import io.repwise.user.profile.ProfileEnums.Sex;
import io.repwise.user.profile.ProfileEnums.UnitSystem;
import io.repwise.user.profile.Units.Measurement;

/** Request and response bodies of the profile endpoints. */
final class ProfileDtos {

	private ProfileDtos() {
	}

	/** A value and its unit as the client sends it. */
	record MeasurementInput(@NotNull @PositiveOrZero @Schema(maximum = "882",
			description = "Height 100-250 cm (39.4-98.4 in); weight 25-400 kg (55-882 lb).") Double value, @NotBlank @Pattern(regexp = "cm|in|kg|lb",
			message = "must be one of cm, in, kg, lb") @Schema(allowableValues = { "cm", "in", "kg", "lb" }) String unit) {

		Measurement toMeasurement() {
			return new Measurement(this.value, this.unit);
		}

	}

	record BodyWeightInput(@NotNull @PastOrPresent LocalDate measuredOn,
			@NotNull @Valid MeasurementInput weight, @Size(max = 200) String note) {
	}

	record ProfileView(UUID userId, LocalDate birthDate, Sex sex, Measurement height, Double heightM,
			UnitSystem unitSystem, Experience experience, Goal goal, Integer trainingDaysPerWeek, Integer sessionMinutes,
			Set<Equipment> equipment, Set<MuscleGroup> avoidMuscleGroups, String injuries, String timeZone,
			Instant updatedAt) {

		static ProfileView of(Profile profile) {
			Double metres = profile.getHeightMetres();
			return new ProfileView(profile.getUserId(), profile.getBirthDate(), profile.getSex(),
					(metres != null) ? Units.height(metres, profile.getUnitSystem()) : null,
					(metres != null) ? Units.round(metres, 3) : null, profile.getUnitSystem(), profile.getExperience(),
					profile.getGoal(), profile.getTrainingDaysPerWeek(), profile.getSessionMinutes(),
					profile.getEquipment(), profile.getAvoidedMuscleGroups(), profile.getInjuries(),
					profile.getTimeZone(), profile.getUpdatedAt());
		}

	}

	/**
	 * @param weight in the user's preferred unit
	 * @param weightKg as stored
	 */
	record BodyWeightView(UUID id, LocalDate measuredOn, Measurement weight, double weightKg, String note) {
	}

}
