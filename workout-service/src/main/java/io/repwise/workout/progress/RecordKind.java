package io.repwise.workout.progress;

/** The personal records kept per exercise. */
public enum RecordKind {

	/** The heaviest load lifted for at least one rep. */
	HEAVIEST_WEIGHT("kg", true),

	/** The most reps at a weight, for every weight where no heavier set had as many reps. */
	REPS_AT_WEIGHT("reps", true),

	/** The best estimated one-rep max (Epley, RPE-adjusted) from a set of at most ten reps. */
	ESTIMATED_1RM("kg", true),

	/** The most weight × reps in one workout. */
	SESSION_VOLUME("kg", true),

	/** The longest distance in one set, in metres. */
	LONGEST_DISTANCE("m", true),

	/** The fastest pace over at least 100 m, in seconds per kilometre (lower is better). */
	FASTEST_PACE("s/km", false);

	private final String unit;

	private final boolean higherIsBetter;

	RecordKind(String unit, boolean higherIsBetter) {
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
	}

	public String unit() {
		return this.unit;
	}

	boolean beats(double candidate, double current) {
		return this.higherIsBetter ? candidate > current : candidate < current;
	}

}
