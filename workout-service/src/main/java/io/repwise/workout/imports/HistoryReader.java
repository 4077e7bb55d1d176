package io.repwise.workout.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.UnitSystem;
import io.repwise.workout.exports.ExportDocument;
import io.repwise.workout.exports.ExportDocument.ExerciseRecord;
import io.repwise.workout.exports.ExportDocument.SetRecord;
import io.repwise.workout.exports.ExportDocument.WorkoutRecord;
import io.repwise.workout.imports.ImportPlan.PlannedEntry;
import io.repwise.workout.imports.ImportPlan.PlannedWorkout;
import io.repwise.workout.imports.file.HistoryFileException;
import io.repwise.workout.imports.file.HistoryFiles;
import io.repwise.workout.imports.file.HistoryFormat;
import io.repwise.workout.imports.file.ImportSettings;
import io.repwise.workout.imports.file.ParsedExercise;
import io.repwise.workout.imports.file.ParsedHistory;
import io.repwise.workout.imports.file.ParsedSet;
import io.repwise.workout.imports.file.ParsedWorkout;
import io.repwise.workout.imports.file.RowProblem;
import io.repwise.workout.session.Workout.LoggedSet;
import io.repwise.workout.session.WorkoutStatus;

/**
 * Reads an uploaded file into an {@link ImportPlan}: another app's CSV (through
 * {@link HistoryFiles}) or the project's own JSON export. It holds every workout to the same
 * limits as the API (40 exercises, 50 sets each), reporting a workout over them as a problem at
 * its line instead of importing part of it.
 */
@Component
class HistoryReader {

	/** The format name of the project's own export. */
	static final String REPWISE_JSON = "repwise-json";

	static final int MAX_EXERCISES = 40;

	static final int MAX_SETS = 50;

	static final double MAX_WEIGHT_KG = 1000;

	static final double MAX_DISTANCE_METRES = 1_000_000;

	static final Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");

	private final JsonMapper json;

	private final Validator validator;

	private final Clock clock;

	HistoryReader(JsonMapper json, Validator validator, Clock clock) {
		this.json = json;
		this.validator = validator;
		this.clock = clock;
	}

	/** @param format an API format name, or {@code null} to tell from the content */
	ImportPlan read(byte[] content, String format, ImportSettings settings) {
		boolean json = REPWISE_JSON.equals(format) || (format == null && startsLikeJson(content));
		if (json) {
			return fromExport(document(content));
		}
		HistoryFormat csv = null;
		if (format != null) {
			csv = HistoryFormat.fromApiName(format);
			if (csv == null) {
				throw new InvalidFieldException("format",
						"must be one of strong-v6, strong-v5, strong-legacy, hevy, repwise-json");
			}
		}
		List<String> assumptions = new ArrayList<>();
		ParsedHistory parsed;
		try (Reader reader = text(content, assumptions)) {
			parsed = HistoryFiles.parse(reader, csv, settings, this.clock);
		}
		catch (HistoryFileException ex) {
			throw new UnreadableFileException(ex.getMessage(), ex.line(), ex.column());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assumptions.addAll(parsed.assumptions());
		List<RowProblem> problems = new ArrayList<>(parsed.problems());
		List<PlannedWorkout> workouts = new ArrayList<>();
		for (ParsedWorkout workout : parsed.workouts()) {
			PlannedWorkout planned = new PlannedWorkout(workout.line(), workout.name(), workout.notes(), workout.startedAt(),
					workout.endedAt(), WorkoutStatus.COMPLETED, null, null,
					workout.exercises().stream().map(HistoryReader::entry).toList());
			keepWithinLimits(planned, workouts, problems);
		}
		problems.sort(Comparator.comparingInt(RowProblem::line).thenComparingInt(RowProblem::column));
		return new ImportPlan(parsed.format().apiName(), workouts, problems, assumptions, null);
	}

	private static PlannedEntry entry(ParsedExercise exercise) {
		return new PlannedEntry(exercise.name(), null, exercise.supersetGroup(), exercise.notes(), exercise.sets()
			.stream()
			.map(HistoryReader::set)
			.toList());
	}

	private static LoggedSet set(ParsedSet set) {
		return new LoggedSet(null, set.type(), set.reps(), set.weightKg(), set.rpe(), null, set.durationSeconds(),
				set.distanceMetres(), set.restSeconds(), true);
	}

	/** Adds the workout to {@code kept} when the API would take it as it is, else says why not. */
	private void keepWithinLimits(PlannedWorkout workout, List<PlannedWorkout> kept, List<RowProblem> problems) {
		String refusal = refusal(workout);
		if (refusal != null) {
			problems.add(new RowProblem(workout.line(), 0, "The workout \"" + workout.name() + "\" of "
					+ workout.startedAt() + " " + refusal + ", so it was left out."));
			return;
		}
		kept.add(workout);
	}

	private String refusal(PlannedWorkout workout) {
		if (workout.startedAt().isBefore(EARLIEST_START)
				|| workout.startedAt().isAfter(this.clock.instant().plus(Duration.ofDays(1)))) {
			return "starts before 1900 or in the future";
		}
		if (workout.endedAt() != null && workout.endedAt().isBefore(workout.startedAt())) {
			return "ends before it starts";
		}
		if (workout.entries().size() > MAX_EXERCISES) {
			return "has " + workout.entries().size() + " exercises; a workout holds at most " + MAX_EXERCISES;
		}
		for (PlannedEntry entry : workout.entries()) {
			if (entry.sets().size() > MAX_SETS) {
				return "has " + entry.sets().size() + " sets of " + entry.exerciseName() + "; an exercise holds at most "
						+ MAX_SETS;
			}
			for (LoggedSet set : entry.sets()) {
				if ((set.weightKg() != null && set.weightKg() > MAX_WEIGHT_KG)
						|| (set.distanceMetres() != null && set.distanceMetres() > MAX_DISTANCE_METRES)) {
					return "has a set of " + entry.exerciseName() + " over 1,000 kg or 1,000 km";
				}
			}
		}
		return null;
	}

	/**
	 * UTF-8 as every app exports; a file that is not is read as Windows-1252 (what a spreadsheet
	 * on Windows saves), and the preview says so.
	 */
	private static Reader text(byte[] content, List<String> assumptions) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			assumptions.add("The file is not UTF-8 text, so it was read as Windows-1252 (Western European).");
			return new InputStreamReader(new ByteArrayInputStream(content), Charset.forName("windows-1252"));
		}
	}

	private static boolean startsLikeJson(byte[] content) {
		for (byte b : content) {
			if (b == '{') {
				return true;
			}
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
					&& (b & 0xFF) != 0xBF) {
				return false;
			}
		}
		return false;
	}

	private ExportDocument document(byte[] content) {
		ExportDocument document;
		try {
			document = this.json.readValue(content, ExportDocument.class);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			int line = (at != null) ? Math.max(at.getLineNr(), 0) : 0;
			int column = (at != null) ? Math.max(at.getColumnNr(), 0) : 0;
			throw new UnreadableFileException("This is not a Repwise export: the JSON cannot be read at line " + line
					+ ", column " + column + " (" + ex.getOriginalMessage() + ").", line, column);
		}
		if (document == null || !ExportDocument.FORMAT.equals(document.format())) {
			throw new UnreadableFileException("This JSON is not a Repwise export: its \"format\" must be \""
					+ ExportDocument.FORMAT + "\".", 1, 1);
		}
		Set<ConstraintViolation<ExportDocument>> violations = this.validator.validate(document);
		if (!violations.isEmpty()) {
			List<Map<String, String>> errors = violations.stream()
				.sorted(Comparator.comparing((ConstraintViolation<ExportDocument> v) -> v.getPropertyPath().toString()))
				.limit(50)
				.map((v) -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
				.toList();
			throw new UnreadableFileException(violations.size() + " values of this export are outside what Repwise "
					+ "stores; the first is " + errors.get(0).get("field") + " (" + errors.get(0).get("message") + ").", errors);
		}
		return document;
	}

	/** The export's workouts in stored units: the stored values it carries, else its readable ones converted. */
	private ImportPlan fromExport(ExportDocument document) {
		UnitSystem units = (document.units() != null && "lb".equals(document.units().weight())) ? UnitSystem.IMPERIAL
				: UnitSystem.METRIC;
		List<PlannedWorkout> workouts = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (WorkoutRecord workout : nonNull(document.workouts())) {
			List<PlannedEntry> entries = new ArrayList<>();
			for (ExerciseRecord exercise : nonNull(workout.exercises())) {
				entries.add(new PlannedEntry(exercise.exerciseName(), exercise.exerciseId(), exercise.supersetGroup(),
						exercise.notes(), nonNull(exercise.sets()).stream().map((set) -> set(set, units)).toList()));
			}
			keepWithinLimits(new PlannedWorkout(1, workout.name().trim(), workout.notes(), workout.startedAt(),
					workout.endedAt(), workout.status(), workout.routineId(), workout.routineDayId(), entries), workouts,
					problems);
		}
		workouts.sort(Comparator.comparing(PlannedWorkout::startedAt));
		return new ImportPlan(REPWISE_JSON, workouts, problems, List.of(), document);
	}

	private static LoggedSet set(SetRecord set, UnitSystem units) {
		Double weightKg = (set.weightKg() != null) ? set.weightKg() : units.toKilograms(set.weight());
		Double metres = (set.distanceMetres() != null) ? set.distanceMetres() : units.toMetres(set.distance());
		return new LoggedSet(null, set.type(), set.reps(), weightKg, set.rpe(), set.rir(), set.durationSeconds(), metres,
				set.restSeconds(), set.completed());
	}

	static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
