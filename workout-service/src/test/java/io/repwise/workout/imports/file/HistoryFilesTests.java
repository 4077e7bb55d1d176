package io.repwise.workout.imports.file;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.repwise.common.request.UnitSystem;
import io.repwise.workout.session.SetType;

import static io.repwise.workout.imports.file.Samples.BERLIN;
import static io.repwise.workout.imports.file.Samples.STRONG_V6_KG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The entry point: knowing a format by its header, what stops a file, what skips a row, and that nothing else escapes. */
class HistoryFilesTests {

	private static final String V6 = "Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes";

	private static final String V5 = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";

	private static final String LEGACY = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration";

	private static final String HEVY = "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe";

	private static final List<String> SAMPLES = List.of("strong-v6-kg.csv", "strong-v6-lbs.csv", "strong-v5.csv",
			"strong-legacy-semicolon.csv", "hevy-kg.csv", "hevy-lbs.csv", "slashed-dates-day-first.csv",
			"broken-unterminated-quote.csv", "unknown-header.csv", "bad-rows.csv");

	@Test
	void eachFormatIsKnownByItsHeader() {
		assertThat(HistoryFiles.detect(V6)).isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(HistoryFiles.detect(V6.replace("(kg)", "(lbs)").replace("(meters)", "(miles)")))
			.isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(HistoryFiles.detect(V6.replace("(meters)", "(km)"))).isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(HistoryFiles.detect(V5)).isEqualTo(HistoryFormat.STRONG_V5);
		assertThat(HistoryFiles.detect(LEGACY)).isEqualTo(HistoryFormat.STRONG_LEGACY);
		assertThat(HistoryFiles.detect(HEVY)).isEqualTo(HistoryFormat.HEVY);
		assertThat(HistoryFiles.detect(HEVY.replace("weight_kg", "weight_lbs").replace("distance_km", "distance_miles")))
			.isEqualTo(HistoryFormat.HEVY);
		assertThat(HistoryFiles.detect("\"" + HEVY.replace(",", "\",\"") + "\"")).as("quoted").isEqualTo(HistoryFormat.HEVY);
	}

	@Test
	void aHeaderIsKnownWhateverItsCaseSpacingByteOrderMarkOrColumnOrder() {
		assertThat(HistoryFiles.detect("\uFEFF  " + V6.toUpperCase() + " \r\n")).isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(HistoryFiles.detect(V6.replace(",", " , "))).isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(HistoryFiles.detect("RPE,Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes"))
			.isEqualTo(HistoryFormat.STRONG_V5);
	}

	@Test
	void anythingElseIsNoFormat() {
		assertThat(HistoryFiles.detect(null)).isNull();
		assertThat(HistoryFiles.detect("")).isNull();
		assertThat(HistoryFiles.detect(V6 + ",Extra")).as("a column more").isNull();
		assertThat(HistoryFiles.detect(V6.replace(",Notes", ""))).as("a column less").isNull();
		assertThat(HistoryFiles.detect(V6.replace("Notes,Workout Notes", "Notes,Notes"))).as("a column twice").isNull();
		assertThat(HistoryFiles.detect(V6.replace("(kg)", "(stone)"))).isNull();
		assertThat(HistoryFiles.detect(LEGACY.replace(';', ','))).as("the legacy columns need semicolons").isNull();
		assertThat(HistoryFiles.detect("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment"))
			.isNull();
		assertThat(HistoryFiles.detect("\"title,start_time")).isNull();
	}

	@Test
	void formatsAreNamedInTheApiByTheirApiName() {
		assertThat(HistoryFormat.values()).extracting(HistoryFormat::apiName)
			.containsExactly("strong-v6", "strong-v5", "strong-legacy", "hevy");
		for (HistoryFormat format : HistoryFormat.values()) {
			assertThat(HistoryFormat.fromApiName(format.apiName())).isEqualTo(format);
		}
		assertThat(HistoryFormat.fromApiName(" Strong-V6 ")).isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(HistoryFormat.fromApiName("fitnotes")).isNull();
		assertThat(HistoryFormat.fromApiName(null)).isNull();
	}

	@Test
	void aFormatGivenIsUsedAndAHeaderThatDoesNotFitItIsRefusedNamingTheHeaderExpected() {
		ImportSettings settings = Samples.metric(BERLIN);
		assertThat(HistoryFiles.parse(Samples.reader("hevy-kg.csv"), HistoryFormat.HEVY, settings, Samples.CLOCK)
			.workouts()).hasSize(27);

		assertThatThrownBy(() -> HistoryFiles.parse(Samples.reader("hevy-kg.csv"), HistoryFormat.STRONG_V6, settings))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(1);
				assertThat(ex.column()).isZero();
				assertThat(ex).hasMessage("Line 1 is not a Strong (v6) header, which is: " + V6
						+ ". It looks like Hevy (hevy).");
			});
	}

	@Test
	void anUnknownHeaderIsRefusedListingTheHeadersKnown() {
		assertThatThrownBy(() -> Samples.read("unknown-header.csv", Samples.metric(BERLIN)))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(1);
				assertThat(ex.column()).isZero();
				assertThat(ex.getMessage()).startsWith("Line 1 is not the header of an export Repwise reads.")
					.contains(V6, V5, LEGACY, HEVY);
			});
	}

	@Test
	void anUnterminatedQuoteIsRefusedWhereItOpens() {
		// Line 4's 12th cell (Notes) opens "Felt heavy, left shoulder pinchy, and nothing closes it.
		assertThatThrownBy(() -> Samples.read("broken-unterminated-quote.csv", Samples.metric(BERLIN)))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.column()).isEqualTo(12);
				assertThat(ex).hasMessageStartingWith("The quote that opens column 12 on line 4 is never closed");
			});
	}

	@Test
	void aFileWithoutRowsIsRefused() {
		for (String content : new String[] { "", "\n \r\n\t", V6, V6 + "\n", V6 + "\n\n\n" }) {
			assertThatThrownBy(() -> Samples.parse(content, Samples.metric(BERLIN))).as(content)
				.isInstanceOf(HistoryFileException.class)
				.hasMessageStartingWith("The file has no rows");
		}
	}

	@Test
	void blankLinesBeforeTheHeaderAreSkippedAndCounted() {
		ParsedHistory history = Samples.parse("\n\n\uFEFF" + STRONG_V6_KG + "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,,,\n",
				Samples.metric(BERLIN));

		assertThat(Samples.sets(history)).extracting(ParsedSet::line).containsExactly(4);
	}

	@Test
	void aFileOfMoreThanMaxRowsIsRefusedAtTheFirstRowPastTheLimit() {
		String row = "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,,,\n";
		Reader content = new RepeatingReader(STRONG_V6_KG, row, HistoryFiles.MAX_ROWS + 1);

		// The header is line 1, so row 200,001 is on line 200,002: the 200,000 before it were accepted.
		assertThatThrownBy(() -> HistoryFiles.parse(content, null, Samples.metric(BERLIN), Samples.CLOCK))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(200_002);
				assertThat(ex.column()).isZero();
				assertThat(ex).hasMessageContaining("200,000 rows");
			});
	}

	@Test
	void aCellLongerThan4000CharactersIsRefused() {
		String file = STRONG_V6_KG + "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,,,\n"
				+ "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,," + "x".repeat(4001) + ",\n";

		assertThatThrownBy(() -> Samples.parse(file, Samples.metric(BERLIN)))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.column()).isEqualTo(12);
			});
	}

	@Test
	void textThatIsNotUtf8IsRefusedWhenTheReaderSaysSo() {
		byte[] bytes = (STRONG_V6_KG + "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,,,\n1,\u00ff")
			.getBytes(StandardCharsets.ISO_8859_1);
		Reader strict = new InputStreamReader(new ByteArrayInputStream(bytes),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));

		assertThatThrownBy(() -> HistoryFiles.parse(strict, null, Samples.metric(BERLIN), Samples.CLOCK))
			.isInstanceOf(HistoryFileException.class)
			.hasMessage("The file is not UTF-8 text: is it a CSV export?");
	}

	@Test
	void unreadableRowsAreSkippedAndReportedAndTheRestImports() {
		ParsedHistory history = Samples.read("bad-rows.csv", Samples.metric(BERLIN));

		assertThat(history.problems()).containsExactly(
				new RowProblem(5, 7, "Line 5, Weight (kg): \"abc\" is not a number; the row is skipped."),
				new RowProblem(8, 8, "Line 8, Reps: \"-5\" is negative; the row is skipped."),
				new RowProblem(10, 2, "Line 10, Date: \"last Tuesday evening\" is not a date and time such as "
						+ "2024-03-05 18:02; the row is skipped."),
				new RowProblem(12, 0, "Line 12 has 8 cells where the header has 13; the row is skipped."),
				new RowProblem(15, 0, "Line 15: no reps, duration or distance; the row is skipped."));
		// 14 rows: 2 rest timers, 5 skipped, 7 sets in 2 workouts.
		assertThat(history.workouts()).extracting(ParsedWorkout::name, ParsedWorkout::line).containsExactly(
				tuple("Push", 2), tuple("Pull", 11));
		// Line 4's rest timer follows line 3's set; line 6's follows the skipped line 5, so it gives no rest.
		assertThat(Samples.sets(history)).extracting(ParsedSet::line, ParsedSet::restSeconds).containsExactly(
				tuple(2, null), tuple(3, 180), tuple(7, null), tuple(9, null), tuple(11, null), tuple(13, null),
				tuple(14, null));
		// Workout 2 takes its start from its first readable row, line 11.
		assertThat(history.workouts().get(1).startedAt()).isEqualTo(Instant.parse("2024-02-07T17:30:00Z"));
	}

	@Test
	void namesMustBeOneTo120Characters() {
		String row = "1,2024-02-05 18:02:11,%s,0,%s,1,80,5,,,,,\n";
		ParsedHistory history = Samples.parse(STRONG_V6_KG + String.format(row, " ", "Bench Press (Barbell)")
				+ String.format(row, "Push", "x".repeat(121)) + String.format(row, "Push", "  " + "y".repeat(120) + "  "),
				Samples.metric(BERLIN));

		assertThat(history.problems()).containsExactly(
				new RowProblem(2, 3, "Line 2, Workout Name: the name is empty; the row is skipped."),
				new RowProblem(3, 5, "Line 3, Exercise Name: the name is longer than 120 characters; the row is skipped."));
		assertThat(history.workouts().get(0).exercises().get(0).name()).isEqualTo("y".repeat(120));
	}

	@Test
	void longNotesAreCutToTheLimitAndCountedInOneAssumption() {
		String row = "%d,2024-02-0%d 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,,\"%s\",\"%s\"\n";
		ParsedHistory history = Samples.parse(STRONG_V6_KG + String.format(row, 1, 5, "e".repeat(501), "w".repeat(2000))
				+ String.format(row, 2, 6, "  " + "e".repeat(500) + "  ", "w".repeat(2001))
				+ String.format(row, 3, 7, "", "  "), Samples.metric(BERLIN));

		assertThat(history.problems()).isEmpty();
		assertThat(history.workouts()).extracting((workout) -> workout.exercises().get(0).notes())
			.containsExactly("e".repeat(500), "e".repeat(500), null);
		assertThat(history.workouts()).extracting(ParsedWorkout::notes)
			.containsExactly("w".repeat(2000), "w".repeat(2000), null);
		assertThat(history.assumptions()).containsExactly(
				"2 notes were longer than 2000 characters (a workout's) or 500 (an exercise's) and were shortened.");
	}

	@Test
	void aStartBefore1900OrMoreThanADayAheadIsAProblem() {
		// The clock says 2025-01-01T00:00Z; in UTC a start up to 2025-01-02T00:00Z is accepted.
		String row = "%d,%s,Push,0,Bench Press (Barbell),1,80,5,,,,,\n";
		ParsedHistory history = Samples.parse(STRONG_V6_KG + String.format(row, 1, "1899-12-31 23:59")
				+ String.format(row, 2, "1900-01-01 00:00") + String.format(row, 3, "2025-01-01 23:59")
				+ String.format(row, 4, "2025-01-02 00:01"), Samples.metric(ZoneOffset.UTC));

		assertThat(history.problems()).containsExactly(
				new RowProblem(2, 2, "Line 2, Date: \"1899-12-31 23:59\" is before 1900; the row is skipped."),
				new RowProblem(5, 2, "Line 5, Date: \"2025-01-02 00:01\" is more than a day in the future; the row is skipped."));
		assertThat(history.workouts()).extracting(ParsedWorkout::startedAt)
			.containsExactly(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2025-01-01T23:59:00Z"));
	}

	@Test
	void aWorkoutOfMoreThan24HoursKeepsNoEndAndSaysSo() {
		String row = "%d,2024-02-0%d 18:02:11,Push,%s,Bench Press (Barbell),1,80,5,,,,,\n";
		ParsedHistory history = Samples.parse(STRONG_V6_KG + String.format(row, 1, 5, "90000")
				+ String.format(row, 2, 6, "86400") + String.format(row, 3, 7, "99999999999999999999"),
				Samples.metric(ZoneOffset.UTC));

		assertThat(history.workouts()).extracting(ParsedWorkout::endedAt)
			.containsExactly(null, Instant.parse("2024-02-07T18:02:11Z"), null);
		assertThat(history.assumptions()).containsExactly(
				"2 workouts last more than 24 hours by the file (first on line 2): their end was left unknown.");
	}

	@Test
	void workoutsAreSortedByStartWhateverTheFileOrder() {
		String row = "%d,%s,%s,0,Bench Press (Barbell),1,80,5,,,,,\n";
		ParsedHistory history = Samples.parse(STRONG_V6_KG + String.format(row, 2, "2024-02-07 18:00:00", "Second")
				+ String.format(row, 1, "2024-02-05 18:00:00", "First"), Samples.metric(BERLIN));

		assertThat(history.workouts()).extracting(ParsedWorkout::name, ParsedWorkout::line)
			.containsExactly(tuple("First", 3), tuple("Second", 2));
	}

	@Test
	void columnsInAnotherOrderAreReadByTheirHeader() {
		String header = "Set Order,Reps,Weight (lbs),Exercise Name,Workout Name,Date,Workout #,Duration (sec),RPE,Distance (km),Seconds,Notes,Workout Notes\n";
		ParsedHistory history = Samples.parse(header + "1,5,225,Bench Press (Barbell),Push,2024-02-05 18:00:00,1,3600,8,,,,\n",
				Samples.metric(ZoneOffset.UTC));

		assertThat(history.workouts().get(0).name()).isEqualTo("Push");
		assertThat(Samples.sets(history)).containsExactly(
				new ParsedSet(2, SetType.WORKING, 5, 102.058, 8.0, null, null, null));
	}

	@Test
	void noContentThrowsAnythingButAHistoryFileException() {
		Random random = new Random(20_241_207);
		int parsed = 0;
		int refused = 0;
		for (int i = 0; i < 800; i++) {
			String content = mutate(random, Samples.text(SAMPLES.get(random.nextInt(SAMPLES.size()))));
			HistoryFormat format = (random.nextInt(4) == 0)
					? HistoryFormat.values()[random.nextInt(HistoryFormat.values().length)] : null;
			ImportSettings settings = new ImportSettings(
					List.of(ZoneOffset.UTC, BERLIN, Samples.NEW_YORK, ZoneId.of("Pacific/Kiritimati")).get(random.nextInt(4)),
					UnitSystem.values()[random.nextInt(2)],
					(random.nextBoolean()) ? null : DateOrder.values()[random.nextInt(2)]);
			try {
				check(HistoryFiles.parse(new StringReader(content), format, settings, Samples.CLOCK));
				parsed++;
			}
			catch (HistoryFileException ex) {
				assertThat(ex.line()).isNotNegative();
				assertThat(ex.column()).isNotNegative();
				assertThat(ex.getMessage()).isNotBlank();
				refused++;
			}
			catch (RuntimeException | AssertionError ex) {
				throw new AssertionError("Case " + i + " (format " + format + ") failed on:\n" + content, ex);
			}
		}
		assertThat(parsed).as("some mutations still read").isGreaterThan(100);
		assertThat(refused).as("some mutations are refused").isGreaterThan(100);
	}

	@Test
	void randomBytesThrowNothingButAHistoryFileException() {
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			byte[] bytes = new byte[random.nextInt(3000)];
			random.nextBytes(bytes);
			String prefix = (i % 3 == 0) ? "" : List.of(V6, V5, LEGACY, HEVY).get(random.nextInt(4)) + "\n";
			byte[] content = concat(prefix.getBytes(StandardCharsets.UTF_8), bytes);
			Reader reader = (i % 2 == 0) ? new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)
					: new InputStreamReader(new ByteArrayInputStream(content),
							StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
			try {
				check(HistoryFiles.parse(reader, null, Samples.metric(BERLIN), Samples.CLOCK));
			}
			catch (HistoryFileException ex) {
				assertThat(ex.getMessage()).isNotBlank();
			}
		}
	}

	/** What every history read must hold, whatever the file. */
	private static void check(ParsedHistory history) {
		assertThat(history.workouts()).extracting(ParsedWorkout::startedAt).isSorted();
		for (ParsedWorkout workout : history.workouts()) {
			assertThat(workout.name()).isEqualTo(workout.name().strip()).hasSizeBetween(1, 120);
			assertThat(workout.exercises()).isNotEmpty();
			for (ParsedExercise exercise : workout.exercises()) {
				assertThat(exercise.name()).isEqualTo(exercise.name().strip()).hasSizeBetween(1, 120);
				assertThat(exercise.sets()).isNotEmpty();
				for (ParsedSet set : exercise.sets()) {
					assertThat(set.reps() != null || set.durationSeconds() != null || set.distanceMetres() != null).isTrue();
					assertThat(set.weightKg()).satisfiesAnyOf((weight) -> assertThat(weight).isNull(),
							(weight) -> assertThat(weight).isBetween(0.0, 1000.0));
					assertThat(set.line()).isGreaterThan(1);
				}
			}
		}
		assertThat(history.problems()).allSatisfy((problem) -> {
			assertThat(problem.line()).isGreaterThan(1);
			assertThat(problem.column()).isNotNegative();
			assertThat(problem.message()).startsWith("Line " + problem.line());
		});
	}

	private static String mutate(Random random, String text) {
		String[] tokens = { ",", ";", "\"", "\"\"", "\n", "\r", "\r\n", "-", ".", "9", "x", "\uFEFF", "W", "Rest Timer",
				"13/", "99999999999999999999", "\u0000", " " };
		StringBuilder mutated = new StringBuilder(text);
		switch (random.nextInt(5)) {
			case 0 -> mutated.setLength(random.nextInt(text.length() + 1));
			case 1 -> {
				int start = random.nextInt(text.length() + 1);
				mutated.delete(start, Math.min(text.length(), start + random.nextInt(200)));
			}
			case 2 -> {
				for (int n = random.nextInt(20); n >= 0; n--) {
					mutated.insert(random.nextInt(mutated.length() + 1), tokens[random.nextInt(tokens.length)]);
				}
			}
			case 3 -> {
				for (int n = random.nextInt(30); n >= 0 && mutated.length() > 0; n--) {
					int at = random.nextInt(mutated.length());
					mutated.setCharAt(at, (char) random.nextInt(128));
				}
			}
			default -> {
				int from = random.nextInt(text.length() + 1);
				int to = random.nextInt(text.length() + 1);
				mutated = new StringBuilder(text.substring(0, Math.min(from, to)) + text.substring(Math.max(from, to))
						+ text.substring(Math.min(from, to), Math.max(from, to)));
			}
		}
		return mutated.toString();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** A header and one row many times, without holding the whole text. */
	private static final class RepeatingReader extends Reader {

		private final String row;

		private int rowsLeft;

		private String current;

		private int position;

		RepeatingReader(String header, String row, int rows) {
			this.row = row;
			this.rowsLeft = rows;
			this.current = header;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (this.position == this.current.length()) {
				if (this.rowsLeft == 0) {
					return -1;
				}
				this.rowsLeft--;
				this.current = this.row;
				this.position = 0;
			}
			int count = Math.min(length, this.current.length() - this.position);
			this.current.getChars(this.position, this.position + count, buffer, offset);
			this.position += count;
			return count;
		}

		@Override
		public void close() {
		}

	}

}
