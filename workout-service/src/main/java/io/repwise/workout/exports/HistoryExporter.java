package io.repwise.workout.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.repwise.common.request.UnitSystem;
import io.repwise.workout.account.UserServiceClient;
import io.repwise.workout.equipment.LifterPlates;
import io.repwise.workout.exercise.ExerciseCatalog;
import io.repwise.workout.exercise.ExerciseView;
import io.repwise.workout.exports.ExportDocument.BodyWeight;
import io.repwise.workout.exports.ExportDocument.CustomExercise;
import io.repwise.workout.exports.ExportDocument.ExerciseRecord;
import io.repwise.workout.exports.ExportDocument.Plate;
import io.repwise.workout.exports.ExportDocument.Plates;
import io.repwise.workout.exports.ExportDocument.RecordRow;
import io.repwise.workout.exports.ExportDocument.SetRecord;
import io.repwise.workout.exports.ExportDocument.Soreness;
import io.repwise.workout.exports.ExportDocument.Units;
import io.repwise.workout.exports.ExportDocument.WorkoutRecord;
import io.repwise.workout.progress.PersonalRecord;
import io.repwise.workout.progress.RecordKeeper;
import io.repwise.workout.progress.RecordKind;
import io.repwise.workout.readiness.SorenessArchive;
import io.repwise.workout.routine.RoutineArchive;
import io.repwise.workout.session.Workout;
import io.repwise.workout.session.WorkoutArchive;

/**
 * Writes a lifter's whole history as one {@link ExportDocument}, streamed: the workouts are read
 * a page at a time and written as they come, so a history of years never sits in memory whole.
 * What user-service keeps (profile, body weights) is asked for first, before the first byte, so
 * that user-service being away is a 503 problem rather than a cut-off file.
 */
@Component
class HistoryExporter {

	private final WorkoutArchive workouts;

	private final ExerciseCatalog exercises;

	private final RoutineArchive routines;

	private final RecordKeeper records;

	private final LifterPlates plates;

	private final SorenessArchive soreness;

	private final UserServiceClient users;

	private final JsonMapper json;

	private final Clock clock;

	HistoryExporter(WorkoutArchive workouts, ExerciseCatalog exercises, RoutineArchive routines, RecordKeeper records,
			LifterPlates plates, SorenessArchive soreness, UserServiceClient users, JsonMapper json, Clock clock) {
		this.workouts = workouts;
		this.exercises = exercises;
		this.routines = routines;
		this.records = records;
		this.plates = plates;
		this.soreness = soreness;
		this.users = users;
		this.json = json;
		this.clock = clock;
	}

	/** What the export needs from user-service, asked for before anything is written. */
	record Account(JsonNode profile, List<UserServiceClient.BodyWeight> bodyWeights) {
	}

	Account account(String token) {
		return new Account(this.users.profile(token), this.users.bodyWeights(token));
	}

	/** The exercises the lifter may use, by id: names for every workout and routine written. */
	Map<UUID, ExerciseView> exercises(UUID owner) {
		return this.exercises.listAll(owner).stream().collect(Collectors.toMap(ExerciseView::id, Function.identity()));
	}

	void writeJson(UUID owner, UnitSystem units, Account account, OutputStream out) throws IOException {
		Map<UUID, ExerciseView> library = exercises(owner);
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", ExportDocument.FORMAT);
			generator.writeNumberProperty("version", ExportDocument.VERSION);
			generator.writePOJOProperty("exportedAt", this.clock.instant());
			generator.writePOJOProperty("units", new Units(units.weightUnit(), units.distanceUnit()));
			generator.writePOJOProperty("profile", account.profile());
			generator.writePOJOProperty("bodyWeight", account.bodyWeights()
				.stream()
				.map((entry) -> new BodyWeight(entry.measuredOn(), units.fromKilograms(entry.weightKg()), units.weightUnit(),
						entry.weightKg(), entry.note()))
				.toList());
			generator.writePOJOProperty("customExercises",
					library.values().stream().filter(ExerciseView::custom).map(HistoryExporter::custom).toList());
			generator.writeName("workouts");
			generator.writeStartArray();
			this.workouts.forEach(owner, (workout) -> generator.writePOJO(record(workout, library, units)));
			generator.writeEndArray();
			generator.writePOJOProperty("routines", this.routines.all(owner, (id) -> name(library, id)));
			generator.writePOJOProperty("records", this.records.all(owner, null)
				.stream()
				.map((record) -> recordRow(record, library, units))
				.toList());
			generator.writePOJOProperty("plates", this.plates.of(owner)
				.map((own) -> new Plates(own.unit().symbol(), own.bar(),
						own.plates().stream().map((plate) -> new Plate(plate.weight(), plate.pairs())).toList()))
				.orElse(null));
			generator.writePOJOProperty("soreness", this.soreness.all(owner)
				.stream()
				.map((report) -> new Soreness(report.reportedAt(), report.soreness()))
				.toList());
			generator.writeEndObject();
		}
	}

	static WorkoutRecord record(Workout workout, Map<UUID, ExerciseView> library, UnitSystem units) {
		return new WorkoutRecord(workout.id(), workout.name(), workout.notes(), workout.startedAt(), workout.endedAt(),
				workout.status(), workout.routineId(), workout.routineDayId(), workout.entries()
					.stream()
					.map((entry) -> new ExerciseRecord(entry.exerciseId(), name(library, entry.exerciseId()),
							entry.supersetGroup(), entry.notes(), entry.sets()
								.stream()
								.map((set) -> new SetRecord(set.type(), set.reps(), units.fromKilograms(set.weightKg()),
										set.weightKg(), set.rpe(), set.rir(), set.durationSeconds(),
										units.fromMetres(set.distanceMetres()), set.distanceMetres(), set.restSeconds(),
										set.completed()))
								.toList()))
					.toList());
	}

	static String name(Map<UUID, ExerciseView> library, UUID id) {
		ExerciseView exercise = library.get(id);
		return (exercise != null) ? exercise.name() : null;
	}

	private static CustomExercise custom(ExerciseView exercise) {
		return new CustomExercise(exercise.id(), exercise.name(), exercise.category(), exercise.muscleGroup(),
				exercise.difficulty(), exercise.equipment(), exercise.mechanic(), exercise.force(), exercise.tracking(),
				exercise.met(), exercise.primaryMuscles(), exercise.secondaryMuscles(), exercise.instructions());
	}

	private static RecordRow recordRow(PersonalRecord record, Map<UUID, ExerciseView> library, UnitSystem units) {
		boolean weighs = record.kind().unit().equals("kg");
		return new RecordRow(record.exerciseId(), name(library, record.exerciseId()), record.kind().name(),
				weighs ? units.fromKilograms(record.value()) : record.value(),
				weighs ? units.weightUnit() : record.kind().unit(),
				(record.kind() == RecordKind.REPS_AT_WEIGHT) ? units.fromKilograms(record.weightKg()) : null,
				record.workoutId(), record.achievedAt());
	}

	void writeCsv(UUID owner, UnitSystem units, ZoneId zone, OutputStream out) throws IOException {
		Map<UUID, ExerciseView> library = exercises(owner);
		try (StrongCsvWriter csv = new StrongCsvWriter(out, units, zone)) {
			this.workouts.forEach(owner, (workout) -> csv.write(workout, (id) -> name(library, id)));
		}
	}

}
