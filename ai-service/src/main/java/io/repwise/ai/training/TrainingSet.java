package io.repwise.ai.training;

import java.util.UUID;

/** A counted set (completed, not a warm-up) in stored units: kg, m, s. */
public record TrainingSet(UUID exerciseId, String type, Integer reps, Double weightKg, Double rpe, Integer rir,
		Integer durationSeconds, Double distanceMetres) {

	/** Reps left in the tank: logged RIR, else 10 − RPE, else {@code null} (effort unknown). */
	public Double repsInReserve() {
		if (this.rir != null) {
			return this.rir.doubleValue();
		}
		return (this.rpe != null) ? 10 - this.rpe : null;
	}

	public boolean isLoaded() {
		return this.reps != null && this.reps >= 1 && this.weightKg != null && this.weightKg > 0;
	}

	/** The set's estimated one-rep max, or {@code null} for a set without load and reps. */
	public OneRepMax.Estimate estimate() {
		return isLoaded() ? OneRepMax.estimate(this.weightKg, this.reps, repsInReserve()) : null;
	}

}
