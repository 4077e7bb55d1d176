package io.repwise.workout.routine.progression;

import java.util.List;

import io.repwise.training.OneRepMax;

/** What was actually done for one exercise in the last session: its working sets, in order. */
public record SessionResult(List<SetDone> sets) {

	public SessionResult {
		sets = List.copyOf(sets);
	}

	/** @param repsInReserve from the RPE or RIR logged ({@link io.repwise.training.Effort}); {@code null}: taken to failure */
	public record SetDone(Integer reps, Double weightKg, boolean completed, Double repsInReserve) {

		public SetDone(Integer reps, Double weightKg, boolean completed) {
			this(reps, weightKg, completed, null);
		}

		int repsOrZero() {
			return (this.completed && this.reps != null) ? this.reps : 0;
		}

	}

	/** Whether at least {@code sets} sets were completed with {@code reps} or more each. */
	boolean hit(int sets, int reps) {
		return this.sets.stream().filter((set) -> set.repsOrZero() >= reps).count() >= sets;
	}

	/** The fewest reps over the first {@code sets} sets (missing sets count as zero). */
	int lowestReps(int sets) {
		int lowest = Integer.MAX_VALUE;
		for (int i = 0; i < sets; i++) {
			lowest = Math.min(lowest, (i < this.sets.size()) ? this.sets.get(i).repsOrZero() : 0);
		}
		return (sets == 0) ? 0 : lowest;
	}

	/** The heaviest completed set's load, or {@code null} when nothing loaded was completed. */
	Double heaviestKg() {
		return this.sets.stream()
			.filter((set) -> set.completed() && set.weightKg() != null && set.weightKg() > 0)
			.map(SetDone::weightKg)
			.max(Double::compare)
			.orElse(null);
	}

	/**
	 * The best e1RM (the training kernel's, with the reps in reserve logged) over completed loaded
	 * sets of at most ten reps, or {@code null}.
	 */
	Double bestEstimatedMaxKg() {
		return this.sets.stream()
			.filter((set) -> set.completed() && set.weightKg() != null && set.weightKg() > 0 && set.reps() != null
					&& set.reps() >= 1 && set.reps() <= 10)
			.map((set) -> OneRepMax.estimate(set.weightKg(), set.reps(), set.repsInReserve()).value())
			.max(Double::compare)
			.orElse(null);
	}

}
