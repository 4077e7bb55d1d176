package io.repwise.ai.training;

import java.util.UUID;

import io.repwise.training.Effort;
import io.repwise.training.OneRepMax;

/** A counted set (completed, not a warm-up) in stored units: kg, m, s. */
public record TrainingSet(UUID exerciseId, String type, Integer reps, Double weightKg, Double rpe, Integer rir,
		Integer durationSeconds, Double distanceMetres) {

	/** Reps left in the tank, as every service reads them ({@link Effort}); {@code null}: effort unknown. */
	public Double repsInReserve() {
		return Effort.repsInReserve(this.rpe, this.rir);
	}

	public boolean isLoaded() {
		return this.reps != null && this.reps >= 1 && this.weightKg != null && this.weightKg > 0;
	}

	/** The set's estimated one-rep max, or {@code null} for a set without load and reps. */
	public OneRepMax.Estimate estimate() {
		return isLoaded() ? OneRepMax.estimate(this.weightKg, this.reps, repsInReserve()) : null;
	}

}
