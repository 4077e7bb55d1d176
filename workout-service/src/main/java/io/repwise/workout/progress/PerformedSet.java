package io.repwise.workout.progress;

import java.time.Instant;
import java.util.UUID;

import io.repwise.training.Effort;
import io.repwise.training.OneRepMax;

/**
 * One logged set as progress and records see it: what was done and when. Only completed sets that
 * are not warm-ups count towards records and volume.
 */
public record PerformedSet(UUID setId, UUID workoutId, Instant performedAt, String type, Integer reps, Double weightKg,
		Double rpe, Integer rir, Integer durationSeconds, Double distanceMetres, boolean completed) {

	/** Done, and not a warm-up. */
	public boolean counts() {
		return this.completed && !"WARMUP".equals(this.type);
	}

	/** A counted set with a load and at least one rep. */
	public boolean isLoaded() {
		return counts() && this.reps != null && this.reps >= 1 && this.weightKg != null && this.weightKg > 0;
	}

	/** Weight × reps, the usual measure of volume; zero for unloaded sets. */
	public double volumeKg() {
		return isLoaded() ? this.weightKg * this.reps : 0;
	}

	/**
	 * The training kernel's estimate, to the hundredth of a kilogram: records are stored and
	 * compared at that precision, so the same set must never beat its own stored record.
	 */
	public OneRepMax.Estimate estimate() {
		OneRepMax.Estimate exact = OneRepMax.estimate(this.weightKg, this.reps, Effort.repsInReserve(this.rpe, this.rir));
		return new OneRepMax.Estimate(hundredths(exact.value()), hundredths(exact.epley()), hundredths(exact.brzycki()),
				exact.repsToFailure(), exact.reliable());
	}

	private static double hundredths(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Seconds per kilometre, for counted sets with a distance of at least 100 m and a duration. */
	public Double paceSecondsPerKm() {
		if (!counts() || this.distanceMetres == null || this.distanceMetres < 100 || this.durationSeconds == null
				|| this.durationSeconds <= 0) {
			return null;
		}
		return this.durationSeconds / (this.distanceMetres / 1000.0);
	}

}
