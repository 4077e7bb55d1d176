package io.repwise.workout.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.repwise.common.request.UnitSystem;

/** The sample files of {@code src/test/resources/imports} and small files written inline, read with a fixed clock. */
final class Samples {

	/** After every sample; "now" for the future-date rule. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final String STRONG_V6_KG = "Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes\n";

	static final String HEVY_KG = "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n";

	private Samples() {
	}

	static ImportSettings metric(ZoneId zone) {
		return new ImportSettings(zone, UnitSystem.METRIC, null);
	}

	/** A sample file, its format detected. */
	static ParsedHistory read(String file, ImportSettings settings) {
		try (Reader reader = reader(file)) {
			return HistoryFiles.parse(reader, null, settings, CLOCK);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Reader reader(String file) {
		InputStream in = Samples.class.getResourceAsStream("/imports/" + file);
		if (in == null) {
			throw new IllegalArgumentException("No sample " + file);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	static String text(String file) {
		try (InputStream in = Samples.class.getResourceAsStream("/imports/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file written inline, its format detected. */
	static ParsedHistory parse(String content, ImportSettings settings) {
		return HistoryFiles.parse(new StringReader(content), null, settings, CLOCK);
	}

	static List<ParsedSet> sets(ParsedHistory history) {
		return history.workouts()
			.stream()
			.flatMap((workout) -> workout.exercises().stream())
			.flatMap((exercise) -> exercise.sets().stream())
			.toList();
	}

	static List<ParsedSet> sets(ParsedWorkout workout) {
		return workout.exercises().stream().flatMap((exercise) -> exercise.sets().stream()).toList();
	}

	/** The workout that starts at this local time in {@code zone}. */
	static ParsedWorkout startingAt(ParsedHistory history, String localDateTime, ZoneId zone) {
		Instant start = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
		return history.workouts()
			.stream()
			.filter((workout) -> workout.startedAt().equals(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No workout starts at " + localDateTime));
	}

	static ParsedExercise exercise(ParsedWorkout workout, String name) {
		return workout.exercises()
			.stream()
			.filter((exercise) -> exercise.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " in " + workout.name()));
	}

	static ParsedSet setOnLine(ParsedHistory history, int line) {
		return sets(history).stream()
			.filter((set) -> set.line() == line)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No set on line " + line));
	}

}
