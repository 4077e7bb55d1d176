package io.repwise.workout.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.event.EventEnvelope;
import io.repwise.common.event.PersonalRecordAchieved;
import io.repwise.common.event.WorkoutCompleted;
import io.repwise.common.outbox.OutboxPublisher;
import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.UnitSystem;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.progress.CurrentStreaks;
import io.repwise.workout.progress.PersonalRecord;
import io.repwise.workout.progress.RecordKeeper.NewRecord;
import io.repwise.workout.progress.RecordKeeper;
import io.repwise.workout.session.Workout.Entry;
import io.repwise.workout.session.Workout.LoggedSet;
import io.repwise.workout.session.WorkoutDtos.EntryRequest;
import io.repwise.workout.session.WorkoutDtos.SetRequest;
import io.repwise.workout.session.WorkoutDtos.WorkoutRequest;

/**
 * Logging workouts: creating, editing, completing and deleting them. Completing re-derives the
 * records of the exercises trained and records {@code WorkoutCompleted} and one
 * {@code PersonalRecordAchieved} per new record in the outbox, in the same transaction.
 */
@Service
public class WorkoutService {

	/** No one logs a workout from before this; earlier dates are typing mistakes. */
	static final Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");

	/** A workout may be logged ahead by this much (clocks drift, time zones confuse). */
	private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

	private final WorkoutRepository workouts;

	private final ExerciseCatalog exercises;

	private final RecordKeeper records;

	private final PlannedDays plannedDays;

	private final OutboxPublisher outbox;

	private final ApplicationEventPublisher events;

	private final CurrentStreaks streaks;

	private final Clock clock;

	WorkoutService(WorkoutRepository workouts, ExerciseCatalog exercises, RecordKeeper records, PlannedDays plannedDays,
			OutboxPublisher outbox, ApplicationEventPublisher events, CurrentStreaks streaks, Clock clock) {
		this.workouts = workouts;
		this.exercises = exercises;
		this.records = records;
		this.plannedDays = plannedDays;
		this.outbox = outbox;
		this.events = events;
		this.streaks = streaks;
		this.clock = clock;
	}

	/** What completing a workout produced. */
	record Completion(Workout workout, List<NewRecord> newRecords) {
	}

	@Transactional
	public Workout create(UUID owner, WorkoutRequest request, UnitSystem units) {
		Instant startedAt = (request.startedAt() != null) ? request.startedAt() : this.clock.instant();
		checkTimes(startedAt, request.endedAt());
		List<Entry> entries = entries(request.exercisesOrEmpty(), units, "exercises");
		UUID routineId = null;
		if (request.routineDayId() != null) {
			PlannedDays.PlannedDay day = this.plannedDays.find(request.routineDayId(), owner, units)
				.orElseThrow(() -> new InvalidFieldException("routineDayId", "no routine day with this id"));
			routineId = day.routineId();
			if (entries.isEmpty()) {
				entries = fromPlan(day);
			}
		}
		Workout workout = new Workout(UUID.randomUUID(), owner, request.name().trim(), request.notes(), startedAt,
				request.endedAt(), WorkoutStatus.IN_PROGRESS, routineId, request.routineDayId(), entries);
		requireVisibleExercises(workout);
		this.workouts.insert(workout);
		return workout;
	}

	@Transactional(readOnly = true)
	public Workout get(UUID owner, UUID id) {
		return this.workouts.find(id, owner).orElseThrow(WorkoutService::notFound);
	}

	/** Replaces name, notes, times and content; a completed workout stays completed and its records follow. */
	@Transactional
	public Workout replace(UUID owner, UUID id, WorkoutRequest request, UnitSystem units) {
		Workout current = this.workouts.findForUpdate(id, owner).orElseThrow(WorkoutService::notFound);
		Instant startedAt = (request.startedAt() != null) ? request.startedAt() : current.startedAt();
		Instant endedAt = (request.endedAt() != null) ? request.endedAt() : current.endedAt();
		checkTimes(startedAt, endedAt);
		Workout updated = new Workout(id, owner, request.name().trim(), request.notes(), startedAt, endedAt,
				current.status(), current.routineId(), current.routineDayId(),
				entries(request.exercisesOrEmpty(), units, "exercises"));
		return save(current, updated);
	}

	@Transactional
	public Workout addExercise(UUID owner, UUID id, EntryRequest request, UnitSystem units) {
		return change(owner, id, (workout) -> {
			List<Entry> entries = new ArrayList<>(workout.entries());
			if (entries.size() >= 40) {
				throw new InvalidFieldException("exercises", "a workout holds at most 40 exercises");
			}
			entries.add(entry(request, units, ""));
			return workout.withEntries(entries);
		});
	}

	@Transactional
	public Workout removeExercise(UUID owner, UUID id, UUID entryId) {
		return change(owner, id, (workout) -> {
			requireEntry(workout, entryId);
			return workout.withEntries(workout.entries().stream().filter((entry) -> !entry.id().equals(entryId)).toList());
		});
	}

	@Transactional
	public LoggedSet addSet(UUID owner, UUID id, UUID entryId, SetRequest request, UnitSystem units) {
		LoggedSet set = SetLimits.toStored(UUID.randomUUID(), request, units, "set");
		change(owner, id, (workout) -> withSets(workout, entryId, (sets) -> {
			if (sets.size() >= 50) {
				throw new InvalidFieldException("sets", "an exercise holds at most 50 sets");
			}
			List<LoggedSet> more = new ArrayList<>(sets);
			more.add(set);
			return more;
		}));
		return set;
	}

	@Transactional
	public LoggedSet replaceSet(UUID owner, UUID id, UUID entryId, UUID setId, SetRequest request, UnitSystem units) {
		LoggedSet set = SetLimits.toStored(setId, request, units, "set");
		change(owner, id, (workout) -> withSets(workout, entryId,
				(sets) -> requireSet(sets, setId).stream().map((existing) -> existing.id().equals(setId) ? set : existing).toList()));
		return set;
	}

	@Transactional
	public void removeSet(UUID owner, UUID id, UUID entryId, UUID setId) {
		change(owner, id, (workout) -> withSets(workout, entryId,
				(sets) -> requireSet(sets, setId).stream().filter((existing) -> !existing.id().equals(setId)).toList()));
	}

	@Transactional
	public Completion complete(UUID owner, UUID id, Instant requestedEnd, UnitSystem units, ZoneId zone) {
		Workout current = this.workouts.findForUpdate(id, owner).orElseThrow(WorkoutService::notFound);
		if (current.isCompleted()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This workout is already completed.");
		}
		if (current.completedSets() == 0) {
			throw new InvalidFieldException("exercises", "log at least one completed set before completing a workout");
		}
		Instant now = this.clock.instant();
		Instant endedAt = (requestedEnd != null) ? requestedEnd
				: (current.endedAt() != null) ? current.endedAt() : max(now, current.startedAt());
		if (endedAt.isBefore(current.startedAt())) {
			throw new InvalidFieldException("endedAt", "must not be before the start of the workout");
		}
		if (requestedEnd != null) {
			// Only the future bound: finishing a workout left open for days must stay possible.
			requireNotAhead("endedAt", requestedEnd);
		}
		Workout completed = current.completedAt(endedAt);
		this.workouts.update(completed);
		List<NewRecord> newRecords = this.records.recordCompletion(owner, id, completed.exerciseIds());
		Map<UUID, ExerciseView> names = this.exercises.findAll(completed.exerciseIds(), owner);
		this.outbox.publish(EventEnvelope.of(owner, completedEvent(completed, newRecords.size(), units, zone), now));
		for (NewRecord record : newRecords) {
			this.outbox.publish(EventEnvelope.of(owner, recordEvent(record, names, units), now));
		}
		this.events.publishEvent(new WorkoutCompletion(completed, units));
		return new Completion(completed, newRecords);
	}

	@Transactional
	public void delete(UUID owner, UUID id) {
		Workout current = this.workouts.findForUpdate(id, owner).orElseThrow(WorkoutService::notFound);
		this.workouts.delete(id, owner);
		if (current.isCompleted()) {
			this.records.recompute(owner, current.exerciseIds());
		}
	}

	private Workout change(UUID owner, UUID id, UnaryOperator<Workout> change) {
		Workout current = this.workouts.findForUpdate(id, owner).orElseThrow(WorkoutService::notFound);
		return save(current, change.apply(current));
	}

	private Workout save(Workout current, Workout updated) {
		requireVisibleExercises(updated);
		this.workouts.update(updated);
		if (updated.isCompleted()) {
			Set<UUID> touched = new LinkedHashSet<>(current.exerciseIds());
			touched.addAll(updated.exerciseIds());
			this.records.recompute(updated.ownerId(), touched);
		}
		return updated;
	}

	private static Workout withSets(Workout workout, UUID entryId, UnaryOperator<List<LoggedSet>> change) {
		requireEntry(workout, entryId);
		return workout.withEntries(workout.entries()
			.stream()
			.map((entry) -> entry.id().equals(entryId) ? entry.withSets(change.apply(entry.sets())) : entry)
			.toList());
	}

	private static void requireEntry(Workout workout, UUID entryId) {
		if (workout.entries().stream().noneMatch((entry) -> entry.id().equals(entryId))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This workout has no exercise entry with this id.");
		}
	}

	private static List<LoggedSet> requireSet(List<LoggedSet> sets, UUID setId) {
		if (sets.stream().noneMatch((set) -> set.id().equals(setId))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This exercise entry has no set with this id.");
		}
		return sets;
	}

	private void requireVisibleExercises(Workout workout) {
		Map<UUID, ExerciseView> found = this.exercises.findAll(workout.exerciseIds(), workout.ownerId());
		for (int i = 0; i < workout.entries().size(); i++) {
			if (!found.containsKey(workout.entries().get(i).exerciseId())) {
				throw new InvalidFieldException("exercises[" + i + "].exerciseId", "no exercise with this id");
			}
		}
	}

	private void requireNotAhead(String field, Instant time) {
		if (time.isAfter(this.clock.instant().plus(FUTURE_TOLERANCE))) {
			throw new InvalidFieldException(field, "must not be more than a day in the future");
		}
	}

	private void checkTimes(Instant startedAt, Instant endedAt) {
		requireNotAhead("startedAt", startedAt);
		if (startedAt.isBefore(EARLIEST_START)) {
			throw new InvalidFieldException("startedAt", "must not be before 1900");
		}
		if (endedAt != null) {
			requireNotAhead("endedAt", endedAt);
		}
		if (endedAt != null && endedAt.isBefore(startedAt)) {
			throw new InvalidFieldException("endedAt", "must not be before startedAt");
		}
		if (endedAt != null && Duration.between(startedAt, endedAt).compareTo(Duration.ofHours(24)) > 0) {
			throw new InvalidFieldException("endedAt", "a workout lasts at most 24 hours");
		}
	}

	private static List<Entry> entries(List<EntryRequest> requests, UnitSystem units, String field) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			entries.add(entry(requests.get(i), units, field + "[" + i + "]."));
		}
		return entries;
	}

	private static Entry entry(EntryRequest request, UnitSystem units, String prefix) {
		List<LoggedSet> sets = new ArrayList<>();
		for (int s = 0; s < request.setsOrEmpty().size(); s++) {
			sets.add(SetLimits.toStored(UUID.randomUUID(), request.setsOrEmpty().get(s), units, prefix + "sets[" + s + "]"));
		}
		return new Entry(UUID.randomUUID(), request.exerciseId(), request.supersetGroup(), request.notes(), sets);
	}

	private static List<Entry> fromPlan(PlannedDays.PlannedDay day) {
		return day.exercises().stream().map((planned) -> {
			List<LoggedSet> sets = new ArrayList<>();
			for (int s = 0; s < planned.sets(); s++) {
				sets.add(new LoggedSet(UUID.randomUUID(), SetType.WORKING, planned.reps(), planned.weightKg(),
						planned.targetRpe(), null, null, null, planned.restSeconds(), false));
			}
			return new Entry(UUID.randomUUID(), planned.exerciseId(), planned.supersetGroup(), null, sets);
		}).toList();
	}

	private WorkoutCompleted completedEvent(Workout workout, int newRecords, UnitSystem units, ZoneId zone) {
		// Counted after the update above, so the workout just completed is part of its streak.
		int weekStreak = this.streaks.of(workout.ownerId(), zone).currentWeeks();
		return new WorkoutCompleted(workout.id(), workout.name(), workout.startedAt(), workout.endedAt(),
				workout.duration().toSeconds(), workout.entries().size(), (int) workout.completedSets(),
				Math.round(workout.volumeKg() * 10) / 10.0, newRecords, weekStreak, zone.getId(), units.apiName());
	}

	private static PersonalRecordAchieved recordEvent(NewRecord news, Map<UUID, ExerciseView> names, UnitSystem units) {
		PersonalRecord record = news.record();
		ExerciseView exercise = names.get(record.exerciseId());
		return new PersonalRecordAchieved(record.workoutId(), record.exerciseId(),
				(exercise != null) ? exercise.name() : null, record.kind().name(), record.value(), record.kind().unit(),
				record.weightKg(), news.previousValue(), units.apiName());
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No workout with this id.");
	}

}
