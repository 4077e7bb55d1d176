package io.repwise.workout.session;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.repwise.common.request.UnitSystem;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.progress.RecordKeeper.NewRecord;
import io.repwise.workout.progress.RecordKind;
import io.repwise.workout.session.Workout.LoggedSet;
import io.repwise.workout.session.WorkoutDtos.EntryView;
import io.repwise.workout.session.WorkoutDtos.NewRecordView;
import io.repwise.workout.session.WorkoutDtos.SetView;
import io.repwise.workout.session.WorkoutDtos.UnitsView;
import io.repwise.workout.session.WorkoutDtos.WorkoutView;

/** Shows stored workouts in the caller's units, with exercise names. */
@Component
class WorkoutViews {

	private final ExerciseCatalog exercises;

	WorkoutViews(ExerciseCatalog exercises) {
		this.exercises = exercises;
	}

	WorkoutView view(Workout workout, UnitSystem units) {
		Map<UUID, ExerciseView> names = this.exercises.findAll(workout.exerciseIds(), workout.ownerId());
		List<EntryView> entries = workout.entries().stream().map((entry) -> {
			ExerciseView exercise = names.get(entry.exerciseId());
			return new EntryView(entry.id(), entry.exerciseId(), (exercise != null) ? exercise.name() : null,
					(exercise != null) ? exercise.tracking() : null, entry.supersetGroup(), entry.notes(),
					entry.sets().stream().map((set) -> set(set, units)).toList());
		}).toList();
		Long duration = (workout.duration() != null) ? workout.duration().toSeconds() : null;
		return new WorkoutView(workout.id(), workout.name(), workout.notes(), workout.startedAt(), workout.endedAt(),
				duration, workout.status(), workout.routineId(), workout.routineDayId(), units(units),
				(int) workout.completedSets(), units.fromKilograms(workout.volumeKg()), entries);
	}

	static SetView set(LoggedSet set, UnitSystem units) {
		return new SetView(set.id(), set.type(), set.reps(), units.fromKilograms(set.weightKg()), set.rpe(), set.rir(),
				set.durationSeconds(), units.fromMetres(set.distanceMetres()), set.restSeconds(), set.completed());
	}

	static UnitsView units(UnitSystem units) {
		return new UnitsView(units.weightUnit(), units.distanceUnit());
	}

	List<NewRecordView> records(List<NewRecord> records, UUID owner, UnitSystem units) {
		Map<UUID, ExerciseView> names = this.exercises.findAll(
				records.stream().map((news) -> news.record().exerciseId()).distinct().toList(), owner);
		return records.stream().map((news) -> {
			RecordKind kind = news.record().kind();
			ExerciseView exercise = names.get(news.record().exerciseId());
			boolean weighs = "kg".equals(kind.unit());
			Double weight = (kind == RecordKind.REPS_AT_WEIGHT) ? units.fromKilograms(news.record().weightKg()) : null;
			double value = weighs ? units.fromKilograms(news.record().value()) : news.record().value();
			Double previous = (news.previousValue() != null && weighs) ? units.fromKilograms(news.previousValue())
					: news.previousValue();
			return new NewRecordView(news.record().exerciseId(), (exercise != null) ? exercise.name() : null, kind.name(),
					weight, value, weighs ? units.weightUnit() : kind.unit(), previous);
		}).toList();
	}

}
