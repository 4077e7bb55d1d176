package io.repwise.user.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.repwise.user.profile.ProfileEnums.Equipment;
import io.repwise.user.profile.ProfileEnums.Experience;
import io.repwise.user.profile.ProfileEnums.Goal;
import io.repwise.user.profile.ProfileEnums.MuscleGroup;
import io.repwise.user.profile.ProfileEnums.Sex;
import io.repwise.user.profile.ProfileEnums.UnitSystem;

/** What the coaching engine needs to know about a user; one per account. */
@Entity
@Table(name = "profile")
class Profile {

	@Id
	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	@Column(name = "height_m")
	private Double heightMetres;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_system", nullable = false)
	private UnitSystem unitSystem = UnitSystem.METRIC;

	@Enumerated(EnumType.STRING)
	private Experience experience;

	@Enumerated(EnumType.STRING)
	private Goal goal;

	@Column(name = "training_days_per_week")
	private Integer trainingDaysPerWeek;

	@Column(name = "session_minutes")
	private Integer sessionMinutes;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "profile_equipment", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "equipment")
	@Enumerated(EnumType.STRING)
	private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "profile_avoided_muscle_group", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "muscle_group")
	@Enumerated(EnumType.STRING)
	private Set<MuscleGroup> avoidedMuscleGroups = EnumSet.noneOf(MuscleGroup.class);

	private String injuries;

	@Column(name = "time_zone", nullable = false)
	private String timeZone = "UTC";

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Profile() {
	}

	/** A new user's profile: metric, UTC, nothing else known yet. */
	Profile(UUID userId, Instant now) {
		this.userId = userId;
		this.updatedAt = now;
	}

	void update(ProfileUpdate update, Instant now) {
		this.birthDate = update.birthDate();
		this.sex = update.sex();
		this.heightMetres = (update.height() != null) ? Units.toMetres(update.height().toMeasurement()) : null;
		this.unitSystem = update.unitSystem();
		this.experience = update.experience();
		this.goal = update.goal();
		this.trainingDaysPerWeek = update.trainingDaysPerWeek();
		this.sessionMinutes = update.sessionMinutes();
		this.equipment.clear();
		if (update.equipment() != null) {
			this.equipment.addAll(update.equipment());
		}
		this.avoidedMuscleGroups.clear();
		if (update.avoidMuscleGroups() != null) {
			this.avoidedMuscleGroups.addAll(update.avoidMuscleGroups());
		}
		this.injuries = update.injuries();
		this.timeZone = update.timeZone();
		this.updatedAt = now;
	}

	UUID getUserId() {
		return this.userId;
	}

	LocalDate getBirthDate() {
		return this.birthDate;
	}

	Sex getSex() {
		return this.sex;
	}

	Double getHeightMetres() {
		return this.heightMetres;
	}

	UnitSystem getUnitSystem() {
		return this.unitSystem;
	}

	Experience getExperience() {
		return this.experience;
	}

	Goal getGoal() {
		return this.goal;
	}

	Integer getTrainingDaysPerWeek() {
		return this.trainingDaysPerWeek;
	}

	Integer getSessionMinutes() {
		return this.sessionMinutes;
	}

	Set<Equipment> getEquipment() {
		return Set.copyOf(this.equipment);
	}

	Set<MuscleGroup> getAvoidedMuscleGroups() {
		return Set.copyOf(this.avoidedMuscleGroups);
	}

	String getInjuries() {
		return this.injuries;
	}

	String getTimeZone() {
		return this.timeZone;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
