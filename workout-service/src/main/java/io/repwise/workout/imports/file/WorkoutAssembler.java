package io.repwise.workout.imports.file;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the rows of a whole file together into workouts, once every row has been read: only then
 * is the order of slashed dates known. Places local times in the lifter's zone (a time a DST
 * change skips moves forward, one it repeats takes the earlier), refuses starts before 1900 or
 * more than a day ahead, groups rows by workout and exercises by runs of one name, and says in
 * the assumptions what it had to leave out.
 */
final class WorkoutAssembler {

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final long MAX_WORKOUT_SECONDS = 86_400;

	private final ImportSettings settings;

	private final Clock clock;

	private final List<RowProblem> problems;

	private final List<String> assumptions;

	private final Map<String, Object> readings = new HashMap<>();

	private DateOrder order;

	private int tooLong;

	private int tooLongLine;

	private int endsEarly;

	private int endsEarlyLine;

	private int notesShortened;

	WorkoutAssembler(ImportSettings settings, Clock clock, List<RowProblem> problems, List<String> assumptions) {
		this.settings = settings;
		this.clock = clock;
		this.problems = problems;
		this.assumptions = assumptions;
	}

	/** The workouts of {@code rows}, earliest first; rows whose dates fail become problems. */
	List<ParsedWorkout> assemble(List<HistoryRow> rows) {
		SlashedDateOrder slashed = new SlashedDateOrder();
		for (HistoryRow row : rows) {
			observe(slashed, row.line, row.workout.started());
			observe(slashed, row.line, row.workout.ended());
		}
		this.order = slashed.decide(this.settings.dateOrder(), this.assumptions);
		Instant latest = this.clock.instant().plus(Duration.ofDays(1));
		Map<String, List<Timed>> byWorkout = new LinkedHashMap<>();
		for (HistoryRow row : rows) {
			try {
				Instant started = instant(row, row.workout.started());
				if (started.isAfter(latest)) {
					throw reject(row, row.workout.started(),
							BadValue.quote(row.workout.started().text()) + " is more than a day in the future");
				}
				Instant ended = (row.workout.ended() != null) ? instant(row, row.workout.ended()) : null;
				byWorkout.computeIfAbsent(row.workout.key(), (key) -> new ArrayList<>()).add(new Timed(row, started, ended));
			}
			catch (RowRejected ex) {
				this.problems.add(ex.problem());
			}
		}
		List<ParsedWorkout> workouts = new ArrayList<>();
		for (List<Timed> workoutRows : byWorkout.values()) {
			workouts.add(workout(workoutRows));
		}
		workouts.sort(Comparator.comparing(ParsedWorkout::startedAt));
		if (this.tooLong > 0) {
			this.assumptions.add(count(this.tooLong, "workout lasts", "workouts last")
					+ " more than 24 hours by the file (first on line " + this.tooLongLine + "): "
					+ ((this.tooLong == 1) ? "its" : "their") + " end was left unknown.");
		}
		if (this.endsEarly > 0) {
			this.assumptions.add(count(this.endsEarly, "workout ends", "workouts end")
					+ " before it starts by the file (first on line " + this.endsEarlyLine + "): "
					+ ((this.endsEarly == 1) ? "its" : "their") + " end was left unknown.");
		}
		if (this.notesShortened > 0) {
			this.assumptions.add(count(this.notesShortened, "note was", "notes were") + " longer than "
					+ StrongCsv.MAX_WORKOUT_NOTES + " characters (a workout's) or " + StrongCsv.MAX_EXERCISE_NOTES
					+ " (an exercise's) and " + ((this.notesShortened == 1) ? "was" : "were") + " shortened.");
		}
		return workouts;
	}

	private void observe(SlashedDateOrder slashed, int line, HistoryRow.DateCell cell) {
		if (cell != null && reading(cell) instanceof Dates.Reading reading) {
			slashed.observe(reading, line, cell.column());
		}
	}

	/** The cell's reading, or the {@link BadValue} it gave; read once per distinct text. */
	private Object reading(HistoryRow.DateCell cell) {
		return this.readings.computeIfAbsent(cell.text(), (text) -> {
			try {
				return Dates.read(text);
			}
			catch (BadValue ex) {
				return ex;
			}
		});
	}

	private Instant instant(HistoryRow row, HistoryRow.DateCell cell) {
		Object reading = reading(cell);
		if (reading instanceof BadValue bad) {
			throw reject(row, cell, bad.getMessage());
		}
		LocalDateTime local;
		try {
			local = ((Dates.Reading) reading).resolve(this.order);
		}
		catch (BadValue ex) {
			throw reject(row, cell, ex.getMessage());
		}
		if (local.toLocalDate().isBefore(EARLIEST)) {
			throw reject(row, cell, BadValue.quote(cell.text()) + " is before 1900");
		}
		return ZonedDateTime.of(local, this.settings.zone()).toInstant();
	}

	private ParsedWorkout workout(List<Timed> rows) {
		Timed first = rows.get(0);
		HistoryRow.WorkoutCells cells = first.row().workout;
		RowCells.Note notes = null;
		for (Timed timed : rows) {
			if (notes == null) {
				notes = timed.row().workout.notes();
			}
		}
		if (notes != null && notes.shortened()) {
			this.notesShortened++;
		}
		return new ParsedWorkout(first.row().line, cells.name(), first.started(), ended(first), text(notes),
				exercises(rows));
	}

	private Instant ended(Timed first) {
		Long seconds = first.row().workout.durationSeconds();
		Instant ended = first.ended();
		if (seconds != null && seconds > 0) {
			if (seconds > MAX_WORKOUT_SECONDS) {
				return tooLong(first);
			}
			ended = first.started().plusSeconds(seconds);
		}
		if (ended == null) {
			return null;
		}
		if (ended.isBefore(first.started())) {
			if (this.endsEarly++ == 0) {
				this.endsEarlyLine = first.row().line;
			}
			return null;
		}
		if (Duration.between(first.started(), ended).getSeconds() > MAX_WORKOUT_SECONDS) {
			return tooLong(first);
		}
		return ended;
	}

	private Instant tooLong(Timed first) {
		if (this.tooLong++ == 0) {
			this.tooLongLine = first.row().line;
		}
		return null;
	}

	private List<ParsedExercise> exercises(List<Timed> rows) {
		List<ParsedExercise> exercises = new ArrayList<>();
		Map<Integer, Integer> supersets = new HashMap<>();
		int start = 0;
		while (start < rows.size()) {
			HistoryRow head = rows.get(start).row();
			int end = start;
			RowCells.Note notes = null;
			List<ParsedSet> sets = new ArrayList<>();
			while (end < rows.size() && rows.get(end).row().exerciseName.equals(head.exerciseName)) {
				HistoryRow row = rows.get(end).row();
				notes = (notes != null) ? notes : row.exerciseNotes;
				sets.add(row.toSet());
				end++;
			}
			if (notes != null && notes.shortened()) {
				this.notesShortened++;
			}
			Integer group = (head.superset != null)
					? supersets.computeIfAbsent(head.superset, (id) -> supersets.size() + 1) : null;
			exercises.add(new ParsedExercise(head.exerciseName, group, text(notes), sets));
			start = end;
		}
		return exercises;
	}

	private static RowRejected reject(HistoryRow row, HistoryRow.DateCell cell, String reason) {
		return new RowRejected(row.line, cell.column(),
				"Line " + row.line + ", " + cell.header() + ": " + reason + "; the row is skipped.");
	}

	private static String text(RowCells.Note note) {
		return (note != null) ? note.text() : null;
	}

	private static String count(int count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

	private record Timed(HistoryRow row, Instant started, Instant ended) {
	}

}
