package io.repwise.workout.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A user's training streaks as of now, counted in their time zone: one source for the progress
 * summary and for the streak a completed workout announces, so the two never disagree.
 */
@Component
public class CurrentStreaks {

	private final ProgressQueries queries;

	private final Clock clock;

	CurrentStreaks(ProgressQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	public TrainingStreaks.Streaks of(UUID owner, ZoneId zone) {
		return TrainingStreaks.of(this.queries.trainingDays(owner, zone), LocalDate.ofInstant(this.clock.instant(), zone));
	}

}
