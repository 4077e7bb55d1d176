package io.repwise.workout.routine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.UnitSystem;
import io.repwise.training.DeloadTrigger;
import io.repwise.training.Effort;
import io.repwise.training.LoadStep;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.routine.Routine.Day;
import io.repwise.workout.routine.Routine.Prescription;
import io.repwise.workout.routine.RoutineDtos.DayRequest;
import io.repwise.workout.routine.RoutineDtos.PrescriptionRequest;
import io.repwise.workout.routine.RoutineDtos.RatingView;
import io.repwise.workout.routine.RoutineDtos.RoutineRequest;
import io.repwise.workout.routine.RoutineDtos.RuleRequest;
import io.repwise.workout.routine.progression.DeloadWeek;
import io.repwise.workout.routine.progression.Progression;
import io.repwise.workout.routine.progression.ProgressionRule;
import io.repwise.workout.routine.progression.SessionResult;
import io.repwise.workout.routine.progression.Targets;
import io.repwise.workout.equipment.LifterPlates;
import io.repwise.workout.readiness.SorenessHistory;
import io.repwise.workout.session.PlannedDays;
import io.repwise.workout.session.SetType;
import io.repwise.workout.session.Workout;
import io.repwise.workout.session.WorkoutCompletion;

/**
 * Routines: writing them, copying templates and published routines, publishing, rating, and
 * moving each exercise's targets on after a session logged from the routine.
 */
@Service
class RoutineService implements PlannedDays {

	private final RoutineRepository routines;

	private final ExerciseCatalog exercises;

	private final NamedParameterJdbcTemplate jdbc;

	private final SorenessHistory soreness;

	private final LifterPlates plates;

	private final Clock clock;

	RoutineService(RoutineRepository routines, ExerciseCatalog exercises, NamedParameterJdbcTemplate jdbc,
			SorenessHistory soreness, LifterPlates plates, Clock clock) {
		this.routines = routines;
		this.exercises = exercises;
		this.jdbc = jdbc;
		this.soreness = soreness;
		this.plates = plates;
		this.clock = clock;
	}

	@Transactional
	Routine create(UUID owner, RoutineRequest request, UnitSystem units) {
		Routine routine = new Routine(UUID.randomUUID(), owner, request.name().trim(), request.description(),
				request.goal(), request.level(), request.daysPerWeek(), request.deloadEveryWeeks(), null, null, 0, null,
				days(request, units, owner));
		this.routines.insert(routine);
		return routine;
	}

	@Transactional(readOnly = true)
	Routine get(UUID user, UUID id) {
		return this.routines.find(id).filter((routine) -> routine.isVisibleTo(user)).orElseThrow(RoutineService::notFound);
	}

	/** My active routine: what adherence is measured against and what coaching follows. */
	@Transactional(readOnly = true)
	Routine active(UUID owner) {
		return this.routines.findActive(owner).orElseThrow(NoActiveRoutineException::new);
	}

	@Transactional
	Routine replace(UUID owner, UUID id, RoutineRequest request, UnitSystem units) {
		Routine current = owned(owner, id);
		Routine updated = new Routine(id, owner, request.name().trim(), request.description(), request.goal(),
				request.level(), request.daysPerWeek(), request.deloadEveryWeeks(), current.publishedAt(),
				current.sourceRoutineId(),
				current.copies(), current.activatedAt(), days(request, units, owner));
		if (updated.publishedAt() != null) {
			requireNoPrivateExercises(updated, owner);
		}
		this.routines.update(updated);
		return updated;
	}

	/** Others could not see private exercises, and a copy would pin them so their owner could never delete them. */
	private void requireNoPrivateExercises(Routine routine, UUID owner) {
		if (library(routine, owner).values().stream().anyMatch(ExerciseView::custom)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"This routine uses your private exercises; a published routine may only use library exercises.");
		}
	}

	@Transactional
	void delete(UUID owner, UUID id) {
		owned(owner, id);
		this.routines.delete(id);
	}

	/**
	 * Copies a template, a published routine or one of my own into my routines. Someone else's
	 * progress is not copied: targets start over and the first session sets the loads.
	 */
	@Transactional
	Routine copy(UUID owner, UUID id) {
		Routine source = get(owner, id);
		boolean own = source.isOwnedBy(owner);
		List<Day> days = source.days().stream().map((day) -> new Day(UUID.randomUUID(), day.name(),
				day.exercises().stream().map((p) -> new Prescription(UUID.randomUUID(), p.exerciseId(), p.supersetGroup(),
						p.sets(), p.repMin(), p.repMax(), p.targetRpe(), p.percentOf1rm(), p.restSeconds(), p.rule(),
						own ? p.state() : startState(p.rule(), p.sets(), p.repMin(), null), own ? p.lastDecision() : null))
					.toList()))
			.toList();
		Routine copy = new Routine(UUID.randomUUID(), owner, own ? source.name() + " (copy)" : source.name(),
				source.description(), source.goal(), source.level(), source.daysPerWeek(), source.deloadEveryWeeks(), null,
				source.id(), 0, null, days);
		this.routines.insert(copy);
		if (!own) {
			this.routines.countCopy(source.id());
		}
		return copy;
	}

	@Transactional
	Routine publish(UUID owner, UUID id, boolean published) {
		Routine current = owned(owner, id);
		if (published) {
			requireNoPrivateExercises(current, owner);
		}
		Routine updated = new Routine(id, owner, current.name(), current.description(), current.goal(), current.level(),
				current.daysPerWeek(), current.deloadEveryWeeks(), published ? this.clock.instant() : null,
				current.sourceRoutineId(),
				current.copies(), current.activatedAt(), current.days());
		this.routines.update(updated);
		return updated;
	}

	@Transactional
	Routine activate(UUID owner, UUID id) {
		owned(owner, id);
		this.routines.activate(owner, id, this.clock.instant());
		return get(owner, id);
	}

	/** One rating per user and routine; rating again changes it. */
	@Transactional
	RatingView rate(UUID user, UUID id, int stars) {
		Routine routine = get(user, id);
		if (!routine.isTemplate() && !routine.isPublished()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Only published routines can be rated.");
		}
		if (routine.isOwnedBy(user)) {
			throw new AccessDeniedException("You cannot rate your own routine.");
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("routine", id).addValue("user", user)
			.addValue("stars", stars);
		this.jdbc.update("""
				INSERT INTO routine_rating (routine_id, user_id, stars) VALUES (:routine, :user, :stars)
				ON CONFLICT (routine_id, user_id) DO UPDATE SET stars = excluded.stars, rated_at = now()""", parameters);
		Map<String, Object> stats = this.jdbc.queryForMap(
				"SELECT avg(stars) AS average, count(*) AS ratings FROM routine_rating WHERE routine_id = :routine",
				parameters);
		return new RatingView(id, stars, Math.round(((Number) stats.get("average")).doubleValue() * 100) / 100.0,
				((Number) stats.get("ratings")).longValue());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlannedDay> find(UUID dayId, UUID owner, UnitSystem units) {
		return this.routines.findByDay(dayId).filter((routine) -> routine.isVisibleTo(owner)).map((routine) -> {
			Day day = routine.days().stream().filter((d) -> d.id().equals(dayId)).findFirst().orElseThrow();
			Map<UUID, ExerciseView> library = library(routine, owner);
			boolean deload = deloadReason(routine, owner).isPresent();
			Function<String, LoadStep> steps = loadSteps(owner, units);
			return new PlannedDay(routine.id(), day.id(), day.name(), day.exercises().stream().map((p) -> {
				Targets next = nextTargets(p, library.get(p.exerciseId()), steps, deload);
				return new PlannedExercise(p.exerciseId(), p.supersetGroup(), next.sets(), next.reps(), next.weightKg(),
						DeloadWeek.rpe(p.targetRpe(), deload), p.restSeconds());
			}).toList());
		});
	}

	/**
	 * After a session logged from one of the owner's routine days, applies each exercise's rule to
	 * what was done. Runs in the completing transaction. Exercises skipped in the session keep
	 * their targets.
	 */
	@EventListener
	void onWorkoutCompleted(WorkoutCompletion event) {
		Workout workout = event.workout();
		if (workout.routineDayId() == null) {
			return;
		}
		Optional<Routine> routine = this.routines.findByDay(workout.routineDayId())
			.filter((r) -> r.isOwnedBy(workout.ownerId()));
		if (routine.isEmpty()) {
			return;
		}
		Day day = routine.get().days().stream().filter((d) -> d.id().equals(workout.routineDayId())).findFirst().orElseThrow();
		Map<UUID, ExerciseView> library = library(routine.get(), workout.ownerId());
		List<Prescription> progressed = new ArrayList<>();
		Optional<String> deload = deloadReason(routine.get(), workout.ownerId(), workout.startedAt(), this.clock.instant());
		if (deload.isPresent()) {
			// A deload session is lighter on purpose: it neither earns an increment nor counts a miss.
			for (Prescription prescription : day.exercises()) {
				progressed.add(prescription.withState(prescription.state(), DeloadWeek.decision(deload.get())));
			}
			this.routines.updateStates(progressed);
			return;
		}
		Function<String, LoadStep> steps = loadSteps(workout.ownerId(), event.units());
		for (Prescription prescription : day.exercises()) {
			Optional<SessionResult> result = resultFor(workout, prescription.exerciseId());
			if (result.isPresent()) {
				ExerciseView exercise = library.get(prescription.exerciseId());
				Progression.Decision decision = Progression.next(prescription.rule(), prescription.repMin(),
						prescription.repMax(), prescription.state(), result.get(),
						steps.apply(equipmentOf(exercise)));
				progressed.add(prescription.withState(decision.next(), decision.reason()));
			}
		}
		this.routines.updateStates(progressed);
	}

	/**
	 * Why {@code user}'s own routine is in a deload now, if it is: its scheduled deload week, or
	 * a week of low readiness in their soreness reports ({@link DeloadTrigger#lowReadiness}).
	 */
	Optional<String> deloadReason(Routine routine, UUID user) {
		return deloadReason(routine, user, this.clock.instant(), this.clock.instant());
	}

	private Optional<String> deloadReason(Routine routine, UUID user, Instant trainedAt, Instant now) {
		if (!routine.isOwnedBy(user)) {
			return Optional.empty();
		}
		if (routine.isDeloadWeek(trainedAt)) {
			return Optional.of("Deload week (every " + routine.deloadEveryWeeks() + " weeks)");
		}
		return DeloadTrigger.lowReadiness(this.soreness.lastWeek(user, now), now).map((why) -> "Deload: " + why);
	}

	/** The targets a prescription's next session uses (wave steps computed from the training max). */
	static Targets nextTargets(Prescription prescription, ExerciseView exercise, Function<String, LoadStep> steps,
			boolean deloadWeek) {
		LoadStep step = steps.apply(equipmentOf(exercise));
		Targets next = (prescription.rule() instanceof ProgressionRule.PercentageWave wave)
				? Progression.waveTargets(wave, prescription.state(), step) : prescription.state();
		return deloadWeek ? DeloadWeek.of(next, step) : next;
	}

	/** What each equipment can be loaded with for {@code owner} in their unit: their own plates on a barbell. */
	Function<String, LoadStep> loadSteps(UUID owner, UnitSystem units) {
		return this.plates.steps(owner, units.weight());
	}

	private static String equipmentOf(ExerciseView exercise) {
		return (exercise != null) ? exercise.equipment() : null;
	}

	Map<UUID, ExerciseView> library(Routine routine, UUID user) {
		return this.exercises.findAll(routine.days()
			.stream()
			.flatMap((day) -> day.exercises().stream())
			.map(Prescription::exerciseId)
			.distinct()
			.toList(), user);
	}

	private static Optional<SessionResult> resultFor(Workout workout, UUID exerciseId) {
		List<SessionResult.SetDone> sets = workout.entries()
			.stream()
			.filter((entry) -> entry.exerciseId().equals(exerciseId))
			.flatMap((entry) -> entry.sets().stream())
			.filter((set) -> set.type() != SetType.WARMUP)
			.map((set) -> new SessionResult.SetDone(set.reps(), set.weightKg(), set.completed(),
					Effort.repsInReserve(set.rpe(), set.rir())))
			.toList();
		return sets.isEmpty() ? Optional.empty() : Optional.of(new SessionResult(sets));
	}

	private Routine owned(UUID owner, UUID id) {
		Routine routine = this.routines.findForUpdate(id).orElseThrow(RoutineService::notFound);
		if (!routine.isVisibleTo(owner)) {
			throw notFound();
		}
		if (!routine.isOwnedBy(owner)) {
			throw new AccessDeniedException("Only the owner can change a routine; copy it to make your own.");
		}
		return routine;
	}

	private List<Day> days(RoutineRequest request, UnitSystem units, UUID owner) {
		List<Day> days = new ArrayList<>();
		List<UUID> exerciseIds = request.days()
			.stream()
			.flatMap((day) -> day.exercises().stream())
			.map(PrescriptionRequest::exerciseId)
			.distinct()
			.toList();
		Map<UUID, ExerciseView> library = this.exercises.findAll(exerciseIds, owner);
		for (int d = 0; d < request.days().size(); d++) {
			DayRequest day = request.days().get(d);
			List<Prescription> prescriptions = new ArrayList<>();
			for (int e = 0; e < day.exercises().size(); e++) {
				String field = "days[" + d + "].exercises[" + e + "]";
				PrescriptionRequest p = day.exercises().get(e);
				if (!library.containsKey(p.exerciseId())) {
					throw new InvalidFieldException(field + ".exerciseId", "no exercise with this id");
				}
				if (p.repMin() > p.repMax()) {
					throw new InvalidFieldException(field + ".repMax", "must not be below repMin");
				}
				Double startKg = units.toKilograms(p.startWeight());
				if (startKg != null && startKg > 1000) {
					throw new InvalidFieldException(field + ".startWeight", "must be at most 1000 kg");
				}
				int startReps = (p.startReps() != null) ? p.startReps() : p.repMin();
				if (startReps < p.repMin() || startReps > p.repMax()) {
					throw new InvalidFieldException(field + ".startReps", "must be within repMin and repMax");
				}
				ProgressionRule rule = rule(p.rule(), units, field + ".rule");
				prescriptions.add(new Prescription(UUID.randomUUID(), p.exerciseId(), p.supersetGroup(), p.sets(),
						p.repMin(), p.repMax(), p.targetRpe(), p.percentOf1rm(), p.restSeconds(), rule,
						startState(rule, p.sets(), startReps, startKg), null));
			}
			days.add(new Day(UUID.randomUUID(), day.name().trim(), prescriptions));
		}
		return days;
	}

	/**
	 * A wave's start weight is read as its training max; other rules start at it, for
	 * {@code startReps} (the bottom of the range unless the request said otherwise).
	 */
	static Targets startState(ProgressionRule rule, int sets, int startReps, Double startKg) {
		if (rule instanceof ProgressionRule.PercentageWave wave) {
			ProgressionRule.PercentageWave.Step first = wave.steps().get(0);
			return new Targets(null, first.reps(), first.sets(), 0, 0, startKg);
		}
		return new Targets(startKg, startReps, sets, 0, 0, null);
	}

	private static ProgressionRule rule(RuleRequest rule, UnitSystem units, String field) {
		if (rule == null) {
			return new ProgressionRule.DoubleProgression(2.5, 3, 10);
		}
		double increment = (rule.increment() != null) ? units.toKilograms(rule.increment()) : 2.5;
		int failures = (rule.failuresBeforeDeload() != null) ? rule.failuresBeforeDeload() : 3;
		double deload = (rule.deloadPercent() != null) ? rule.deloadPercent() : 10;
		return switch (rule.type()) {
			case LINEAR -> new ProgressionRule.Linear(increment, failures, deload);
			case DOUBLE_PROGRESSION -> new ProgressionRule.DoubleProgression(increment, failures, deload);
			case PERCENTAGE_WAVE -> {
				if (rule.steps() == null || rule.steps().isEmpty()) {
					throw new InvalidFieldException(field + ".steps", "a percentage wave needs at least one step");
				}
				yield new ProgressionRule.PercentageWave(rule.steps()
					.stream()
					.map((s) -> new ProgressionRule.PercentageWave.Step(s.percent(), s.sets(), s.reps()))
					.toList(), increment, failures, deload);
			}
		};
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No routine with this id.");
	}

}
