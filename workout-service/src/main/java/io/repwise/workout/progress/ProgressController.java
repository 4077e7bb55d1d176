package io.repwise.workout.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.PreferredZone;
import io.repwise.common.request.UnitSystem;
import io.repwise.common.security.CurrentUser;
import io.repwise.training.OneRepMax;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.progress.ProgressDtos.BestSetView;
import io.repwise.workout.progress.ProgressDtos.EstimateView;
import io.repwise.workout.progress.ProgressDtos.ExerciseProgressView;
import io.repwise.workout.progress.ProgressDtos.GainView;
import io.repwise.workout.progress.ProgressDtos.GroupVolumeView;
import io.repwise.workout.progress.ProgressDtos.RecordView;
import io.repwise.workout.progress.ProgressDtos.SessionView;
import io.repwise.workout.progress.ProgressDtos.SummaryView;
import io.repwise.workout.progress.ProgressDtos.VolumeView;
import io.repwise.workout.progress.ProgressDtos.WeekView;

/** The signed-in user's progress: per-exercise history, weekly volume, consistency and records. */
@Tag(name = "Progress", description = "My progress: per-exercise history, weekly volume, consistency and records.")
@RestController
@RequestMapping("/api/v1/progress")
class ProgressController {

	private final ProgressQueries queries;

	private final RecordKeeper records;

	private final ExerciseCatalog exercises;

	private final TrainingSummaries summaries;

	private final Clock clock;

	ProgressController(ProgressQueries queries, RecordKeeper records, ExerciseCatalog exercises,
			TrainingSummaries summaries, Clock clock) {
		this.queries = queries;
		this.records = records;
		this.exercises = exercises;
		this.summaries = summaries;
		this.clock = clock;
	}

	/** Sessions of one exercise in {@code [from, to)} (default: all), and the strength gain over them. */
	@GetMapping("/exercises/{exerciseId}")
	@Operation(operationId = "exerciseProgress", summary = "Progress in one exercise",
			description = "Sessions between from and to with their best set and estimated one-rep max, and the gain over them.")
	ExerciseProgressView exercise(@AuthenticationPrincipal Jwt token, @PathVariable UUID exerciseId,
			@RequestParam(required = false) String units,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		UUID owner = CurrentUser.of(token);
		UnitSystem unit = PreferredUnits.of(units, token);
		ExerciseView exercise = this.exercises.find(exerciseId, owner)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No exercise with this id."));
		Instant start = (from != null) ? from : Instant.EPOCH;
		Instant end = (to != null) ? to : this.clock.instant().plus(Duration.ofDays(2));
		requireOrder(start, end);
		List<ExerciseHistory.Session> sessions = ExerciseHistory
			.sessions(this.queries.exerciseSets(owner, exerciseId, start, end));
		ExerciseHistory.Gain gain = ExerciseHistory.gain(sessions);
		return new ExerciseProgressView(exerciseId, exercise.name(), unit.weightUnit(),
				sessions.stream().map((session) -> session(session, unit)).toList(),
				(gain != null) ? new GainView(gain.from(), gain.to(), unit.fromKilograms(gain.startKg()),
						unit.fromKilograms(gain.endKg()), unit.fromKilograms(gain.changeKg()), gain.percent()) : null);
	}

	/**
	 * Weekly sets and volume for the last {@code weeks} weeks (this one included), per muscle group,
	 * with weeks counted in the user's time zone ({@link PreferredZone}).
	 */
	@GetMapping("/volume")
	@Operation(operationId = "weeklyVolume", summary = "Weekly volume",
			description = "Sets and volume per muscle group for the last weeks, counted in my time zone.")
	VolumeView volume(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@RequestParam(defaultValue = "12") @Min(1) @Max(260) int weeks, @RequestParam(required = false) String zone) {
		UUID owner = CurrentUser.of(token);
		UnitSystem unit = PreferredUnits.of(units, token);
		ZoneId zoneId = PreferredZone.of(zone, token);
		LocalDate lastWeek = TrainingStreaks.weekOf(LocalDate.ofInstant(this.clock.instant(), zoneId));
		LocalDate firstWeek = lastWeek.minusWeeks(weeks - 1);
		Instant from = firstWeek.atStartOfDay(zoneId).toInstant();
		Instant to = lastWeek.plusWeeks(1).atStartOfDay(zoneId).toInstant();
		List<WeekView> result = WeeklyVolume.of(this.queries.trainedSets(owner, from, to), zoneId, firstWeek, lastWeek)
			.stream()
			.map((week) -> {
				Map<String, GroupVolumeView> groups = new LinkedHashMap<>();
				week.muscleGroups()
					.forEach((group, volume) -> groups.put(group,
							new GroupVolumeView(volume.sets(), unit.fromKilograms(volume.volumeKg()))));
				return new WeekView(week.weekStart(), week.sets(), unit.fromKilograms(week.volumeKg()), groups);
			})
			.toList();
		return new VolumeView(unit.weightUnit(), zoneId.getId(), result);
	}

	/** Consistency over the last {@code weeks} weeks: frequency, duration, streaks and routine adherence. */
	@GetMapping("/summary")
	@Operation(operationId = "trainingSummary", summary = "Consistency",
			description = "Frequency, duration, streaks and routine adherence over the last weeks.")
	SummaryView summary(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "12") @Min(1) @Max(260) int weeks,
			@RequestParam(required = false) String zone) {
		return this.summaries.of(CurrentUser.of(token), PreferredZone.of(zone, token), weeks);
	}

	@GetMapping("/records")
	@Operation(operationId = "personalRecords", summary = "Personal records",
			description = "Per exercise: heaviest weight, most reps at each weight, best estimated one-rep max, session volume, longest distance and fastest pace.")
	List<RecordView> records(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String units,
			@RequestParam(required = false) UUID exerciseId) {
		UUID owner = CurrentUser.of(token);
		UnitSystem unit = PreferredUnits.of(units, token);
		List<PersonalRecord> all = this.records.all(owner, exerciseId);
		Map<UUID, ExerciseView> names = this.exercises.findAll(all.stream().map(PersonalRecord::exerciseId).distinct().toList(), owner);
		return all.stream().map((record) -> {
			boolean weighs = "kg".equals(record.kind().unit());
			ExerciseView exercise = names.get(record.exerciseId());
			return new RecordView(record.exerciseId(), (exercise != null) ? exercise.name() : null, record.kind().name(),
					(record.kind() == RecordKind.REPS_AT_WEIGHT) ? unit.fromKilograms(record.weightKg()) : null,
					weighs ? unit.fromKilograms(record.value()) : record.value(), weighs ? unit.weightUnit() : record.kind().unit(),
					record.workoutId(), record.setId(), record.achievedAt());
		}).toList();
	}

	private static SessionView session(ExerciseHistory.Session session, UnitSystem unit) {
		PerformedSet best = session.bestSet();
		OneRepMax.Estimate estimate = session.estimate();
		return new SessionView(session.workoutId(), session.performedAt(), session.sets(), unit.fromKilograms(session.volumeKg()),
				new BestSetView(best.setId(), best.reps(), unit.fromKilograms(best.weightKg()), best.rpe(), best.rir(),
						best.durationSeconds(), unit.fromMetres(best.distanceMetres())),
				(estimate != null) ? new EstimateView(unit.fromKilograms(estimate.value()), unit.fromKilograms(estimate.epley()),
						unit.fromKilograms(estimate.brzycki()), estimate.repsToFailure(), estimate.reliable()) : null);
	}

	private static void requireOrder(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new InvalidFieldException("to", "must be after from");
		}
	}

}
