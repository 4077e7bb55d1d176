package io.repwise.workout.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.repwise.common.request.UnitSystem;
import io.repwise.workout.session.Workout;
import io.repwise.workout.session.Workout.Entry;
import io.repwise.workout.session.Workout.LoggedSet;

/**
 * The history as a spreadsheet in Strong's current export layout (one row a set), so that it
 * opens anywhere and goes into apps that read Strong's files:
 * {@code Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,
 * Distance (meters),Seconds,Notes,Workout Notes}, with pounds and miles for imperial units.
 * Dates are local to the lifter's zone. Set Order numbers working sets and writes {@code W},
 * {@code D} and {@code F} for warm-up, drop and failure sets; a set's rest follows it as a
 * {@code Rest Timer} row. Only completed sets are written (what Strong itself writes), RIR as the
 * RPE it equals (10 − RIR). Text that a spreadsheet would run as a formula is written with a
 * leading apostrophe. The JSON export is the lossless one.
 */
final class StrongCsvWriter implements AutoCloseable {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Writer out;

	private final UnitSystem units;

	private final ZoneId zone;

	private int workoutNumber;

	StrongCsvWriter(OutputStream out, UnitSystem units, ZoneId zone) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		this.units = units;
		this.zone = zone;
		boolean metric = units == UnitSystem.METRIC;
		line(List.of("Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order",
				metric ? "Weight (kg)" : "Weight (lbs)", "Reps", "RPE", metric ? "Distance (meters)" : "Distance (miles)",
				"Seconds", "Notes", "Workout Notes"));
	}

	/** The workout's completed sets as rows; a workout without any writes nothing. */
	void write(Workout workout, Function<UUID, String> names) {
		if (workout.entries().stream().flatMap((entry) -> entry.sets().stream()).noneMatch(LoggedSet::completed)) {
			return;
		}
		this.workoutNumber++;
		String date = DATE.format(workout.startedAt().atZone(this.zone));
		String seconds = (workout.endedAt() != null)
				? String.valueOf(Duration.between(workout.startedAt(), workout.endedAt()).toSeconds()) : "0";
		for (Entry entry : workout.entries()) {
			int working = 0;
			for (LoggedSet set : entry.sets()) {
				if (!set.completed()) {
					continue;
				}
				String order = switch (set.type()) {
					case WARMUP -> "W";
					case DROP -> "D";
					case FAILURE -> "F";
					case WORKING -> String.valueOf(++working);
				};
				line(List.of(String.valueOf(this.workoutNumber), date, text(workout.name()), seconds,
						text(names.apply(entry.exerciseId())), order, number(this.units.fromKilograms(set.weightKg())),
						number(set.reps()), number(rpe(set)), number(distance(set)), number(set.durationSeconds()),
						text(entry.notes()), text(workout.notes())));
				if (set.restSeconds() != null) {
					line(List.of(String.valueOf(this.workoutNumber), date, text(workout.name()), seconds,
							text(names.apply(entry.exerciseId())), "Rest Timer", "", "", "", "", String.valueOf(set.restSeconds()),
							text(entry.notes()), text(workout.notes())));
				}
			}
		}
	}

	private static Double rpe(LoggedSet set) {
		if (set.rpe() != null) {
			return set.rpe();
		}
		return (set.rir() != null) ? 10.0 - set.rir() : null;
	}

	/** Strong writes metres for metric and miles for imperial. */
	private Double distance(LoggedSet set) {
		if (set.distanceMetres() == null) {
			return null;
		}
		return (this.units == UnitSystem.METRIC) ? set.distanceMetres() : this.units.fromMetres(set.distanceMetres());
	}

	private static String number(Number value) {
		if (value == null) {
			return "";
		}
		return (value instanceof Double decimal) ? BigDecimal.valueOf(decimal).stripTrailingZeros().toPlainString()
				: value.toString();
	}

	/** A cell a spreadsheet shows as text: formula starts are defused. */
	private static String text(String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	private void line(List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(quoted(cells.get(i)));
			}
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** RFC 4180: cells with a comma, a quote or a line break are quoted, quotes doubled. */
	static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() throws IOException {
		this.out.flush();
	}

}
