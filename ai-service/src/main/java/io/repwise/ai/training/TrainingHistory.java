package io.repwise.ai.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.repwise.training.OneRepMax;

/** A user's completed sessions, oldest first. */
public record TrainingHistory(List<Session> sessions) {

	public TrainingHistory {
		sessions = sessions.stream().sorted(Comparator.comparing(Session::startedAt)).toList();
	}

	public static TrainingHistory empty() {
		return new TrainingHistory(List.of());
	}

	public boolean isEmpty() {
		return this.sessions.isEmpty();
	}

	/** The sessions in which the exercise had a loaded set, oldest first, each with its best set. */
	public List<ExerciseSession> of(UUID exerciseId) {
		List<ExerciseSession> found = new ArrayList<>();
		for (Session session : this.sessions) {
			List<TrainingSet> sets = session.setsOf(exerciseId);
			TrainingSet best = null;
			double bestE1rm = 0;
			for (TrainingSet set : sets) {
				OneRepMax.Estimate estimate = set.estimate();
				if (estimate != null && estimate.value() > bestE1rm) {
					best = set;
					bestE1rm = estimate.value();
				}
			}
			if (best != null) {
				found.add(new ExerciseSession(session.startedAt(), sets, best, bestE1rm));
			}
		}
		return found;
	}

	/** How many sessions included each exercise, in one pass. */
	public java.util.Map<UUID, Long> sessionCounts() {
		java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
		for (Session session : this.sessions) {
			session.sets().stream().map(TrainingSet::exerciseId).distinct().forEach((id) -> counts.merge(id, 1L, Long::sum));
		}
		return counts;
	}


	/** One exercise within one session. */
	public record ExerciseSession(Instant date, List<TrainingSet> sets, TrainingSet bestSet, double bestE1rm) {
	}

}
