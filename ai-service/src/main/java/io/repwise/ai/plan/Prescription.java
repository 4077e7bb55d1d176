package io.repwise.ai.plan;

import io.repwise.ai.training.Goal;

/**
 * Reps, effort and rest by goal, for main lifts (compounds) and accessories (ACSM 2009 ranges,
 * RPE on the RIR scale). {@code minutesPerSet} is the work plus the rest a set takes, for session
 * length estimates.
 */
record Prescription(int repMin, int repMax, double rpe, int restSeconds) {

	double minutesPerSet() {
		return 0.75 + this.restSeconds / 60.0;
	}

	static Prescription of(Goal goal, boolean main) {
		return switch (goal) {
			case STRENGTH -> main ? new Prescription(3, 5, 8, 180) : new Prescription(6, 10, 8, 90);
			case HYPERTROPHY -> main ? new Prescription(6, 10, 8, 120) : new Prescription(10, 15, 8.5, 75);
			case ENDURANCE -> main ? new Prescription(12, 20, 7, 60) : new Prescription(15, 25, 7, 45);
			case FAT_LOSS -> main ? new Prescription(8, 12, 7.5, 75) : new Prescription(12, 15, 7.5, 60);
			case GENERAL_FITNESS -> main ? new Prescription(6, 10, 7.5, 90) : new Prescription(10, 15, 7.5, 60);
		};
	}

}
