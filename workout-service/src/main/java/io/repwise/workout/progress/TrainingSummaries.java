package io.repwise.workout.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.repwise.workout.progress.ProgressDtos.AdherenceView;
import io.repwise.workout.progress.ProgressDtos.SummaryView;

/** A user's consistency over recent weeks: how often and how long they train, streaks, routine adherence. */
@Component
class TrainingSummaries {

	private final ProgressQueries queries;

	private final CurrentStreaks streaks;

	private final Clock clock;

	TrainingSummaries(ProgressQueries queries, CurrentStreaks streaks, Clock clock) {
		this.queries = queries;
		this.streaks = streaks;
		this.clock = clock;
	}

	SummaryView of(UUID owner, ZoneId zone, int weeks) {
		Instant now = this.clock.instant();
		Instant from = now.minus(Duration.ofDays(7L * weeks));
		List<ProgressQueries.CompletedWorkout> workouts = this.queries.completedWorkouts(owner, from,
				now.plus(Duration.ofDays(1)));
		TrainingStreaks.Streaks streaks = this.streaks.of(owner, zone);
		return new SummaryView(from, now, zone.getId(), workouts.size(),
				Math.round(workouts.size() * 100.0 / weeks) / 100.0, averageMinutes(workouts), streaks.currentWeeks(),
				streaks.longestWeeks(), streaks.currentDays(), streaks.longestDays(),
				adherence(owner, from, now, workouts));
	}

	/** Of the workouts that were ended, to a tenth of a minute; {@code null} when none was. */
	private static Double averageMinutes(List<ProgressQueries.CompletedWorkout> workouts) {
		return workouts.stream()
			.filter((workout) -> workout.endedAt() != null)
			.mapToLong((workout) -> Duration.between(workout.startedAt(), workout.endedAt()).toSeconds())
			.average()
			.stream()
			.mapToObj((seconds) -> Math.round(seconds / 60.0 * 10) / 10.0)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Workouts logged from the active routine against what it plans (days per week × weeks since
	 * it became active, within the period). {@code null} without an active routine.
	 */
	private AdherenceView adherence(UUID owner, Instant from, Instant now, List<ProgressQueries.CompletedWorkout> workouts) {
		return this.queries.activeRoutine(owner).stream().findFirst().map((routine) -> {
			Instant since = routine.activatedAt().isAfter(from) ? routine.activatedAt() : from;
			double weeksActive = Math.max(1, Duration.between(since, now).toDays()) / 7.0;
			double planned = Math.max(1, Math.round(routine.daysPerWeek() * weeksActive * 10) / 10.0);
			int done = (int) workouts.stream()
				.filter((workout) -> Objects.equals(workout.routineId(), routine.id()) && !workout.startedAt().isBefore(since))
				.count();
			return new AdherenceView(routine.id(), routine.name(), planned, done,
					Math.min(100, Math.round(done / planned * 1000) / 10.0));
		}).orElse(null);
	}

}
