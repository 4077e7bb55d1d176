package io.repwise.user.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One body-weight measurement, in kilograms. */
@Entity
@Table(name = "body_weight_entry")
class BodyWeightEntry {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "measured_on", nullable = false)
	private LocalDate measuredOn;

	@Column(name = "weight_kg", nullable = false)
	private double weightKg;

	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected BodyWeightEntry() {
	}

	BodyWeightEntry(UUID userId, LocalDate measuredOn, double weightKg, String note, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.measuredOn = measuredOn;
		this.weightKg = weightKg;
		this.note = note;
		this.createdAt = now;
	}

	UUID getId() {
		return this.id;
	}

	LocalDate getMeasuredOn() {
		return this.measuredOn;
	}

	double getWeightKg() {
		return this.weightKg;
	}

	String getNote() {
		return this.note;
	}

}
