package io.repwise.workout.imports.file;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.common.request.UnitSystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dates exports write, the order of slashed dates for a whole file, and local times placed in a zone. */
class DatesTests {

	@Test
	void everyPatternReadsToTheSameLocalTime() {
		LocalDateTime expected = LocalDateTime.of(2024, 3, 5, 18, 2);
		for (String text : new String[] { "2024-03-05 18:02", "2024-03-05 18:02:00", "2024-03-05T18:02",
				"2024-03-05T18:02:00", "2024/03/05 18:02", "2024/03/05 18:02:00", "05.03.2024 18:02",
				"5.3.2024 18:02:00", "5 Mar 2024, 18:02", "05 March 2024 18:02", "Mar 5, 2024, 18:02",
				"  2024-03-05 18:02  " }) {
			assertThat(Dates.read(text).resolve(null)).as(text).isEqualTo(expected);
		}
	}

	@Test
	void secondsAndFractionsAreKept() {
		assertThat(Dates.read("2024-03-05 18:02:11").resolve(null)).isEqualTo(LocalDateTime.of(2024, 3, 5, 18, 2, 11));
		assertThat(Dates.read("2024-03-05T18:02:11.250").resolve(null))
			.isEqualTo(LocalDateTime.of(2024, 3, 5, 18, 2, 11, 250_000_000));
	}

	@Test
	void slashedDatesReadInTheOrderGivenWithTwentyFourHourOrAmPmTimes() {
		assertThat(Dates.read("13/03/2024 18:02").resolve(DateOrder.DAY_FIRST))
			.isEqualTo(LocalDateTime.of(2024, 3, 13, 18, 2));
		assertThat(Dates.read("03/13/2024 6:02 PM").resolve(DateOrder.MONTH_FIRST))
			.isEqualTo(LocalDateTime.of(2024, 3, 13, 18, 2));
		assertThat(Dates.read("03/05/2024 6:02:30 pm").resolve(DateOrder.DAY_FIRST))
			.isEqualTo(LocalDateTime.of(2024, 5, 3, 18, 2, 30));
		assertThat(Dates.read("03/05/2024 12:05 AM").resolve(DateOrder.MONTH_FIRST)).as("12 AM is just after midnight")
			.isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 5));
		assertThat(Dates.read("03/05/2024 12:05 p.m.").resolve(DateOrder.MONTH_FIRST)).as("12 PM is just after noon")
			.isEqualTo(LocalDateTime.of(2024, 3, 5, 12, 5));
	}

	@Test
	void onlyASlashedDateWithANumberAbove12TellsTheOrder() {
		assertThat(Dates.read("13/03/2024 18:02").evidence()).isEqualTo(DateOrder.DAY_FIRST);
		assertThat(Dates.read("03/13/2024 18:02").evidence()).isEqualTo(DateOrder.MONTH_FIRST);
		assertThat(Dates.read("05/03/2024 18:02").evidence()).isNull();
		assertThat(Dates.read("2024/03/13 18:02").evidence()).as("year first is never ambiguous").isNull();
		assertThat(Dates.read("13.03.2024 18:02").evidence()).as("dotted is always day first").isNull();
	}

	@Test
	void whatFitsNoPatternOrNoCalendarIsABadValue() {
		for (String text : new String[] { "yesterday", "2024-03-05", "18:02", "2024-03-05 18", "5 Foo 2024, 18:02",
				"13:00 PM 03/05/2024", "03/05/2024 13:00 PM", "2024-03-05 25:00", "2024-03-05 18:02+01:00",
				"x".repeat(50) }) {
			assertThatThrownBy(() -> Dates.read(text).resolve(DateOrder.DAY_FIRST)).as(text).isInstanceOf(BadValue.class);
		}
		assertThatThrownBy(() -> Dates.read("2024-02-30 10:00").resolve(null)).isInstanceOf(BadValue.class)
			.hasMessageContaining("is not a date of the calendar");
		assertThatThrownBy(() -> Dates.read("03/13/2024 10:00").resolve(DateOrder.DAY_FIRST))
			.hasMessageContaining("(read day first)");
	}

	@Test
	void aFileThatShowsBothOrdersCannotBeReadAndNamesTheFirstLineOfEach() {
		SlashedDateOrder order = new SlashedDateOrder();
		order.observe(Dates.read("05/03/2024 18:02"), 2, 2);
		order.observe(Dates.read("13/03/2024 18:02"), 7, 2);
		order.observe(Dates.read("14/03/2024 18:02"), 8, 2);
		order.observe(Dates.read("03/20/2024 18:02"), 12, 2);

		assertThatThrownBy(() -> order.decide(null, new ArrayList<>()))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).as("where the file stops being one order").isEqualTo(12);
				assertThat(ex.column()).isEqualTo(2);
				assertThat(ex).hasMessage("The dates mix day-first and month-first: \"13/03/2024 18:02\" on line 7 "
						+ "can only be day first, \"03/20/2024 18:02\" on line 12 only month first.");
			});
	}

	@Test
	void whenNothingTellsTheSettingDecidesElseMonthFirstSaidInAnAssumption() {
		SlashedDateOrder order = new SlashedDateOrder();
		order.observe(Dates.read("05/03/2024 18:02"), 2, 2);
		List<String> assumptions = new ArrayList<>();

		assertThat(order.decide(DateOrder.DAY_FIRST, assumptions)).isEqualTo(DateOrder.DAY_FIRST);
		assertThat(assumptions).as("the lifter said so").isEmpty();
		assertThat(order.decide(null, assumptions)).isEqualTo(DateOrder.MONTH_FIRST);
		assertThat(assumptions).containsExactly("Slashed dates such as \"05/03/2024 18:02\" were read month first "
				+ "(MM/dd/yyyy): no date in the file has a number above 12 to tell. Pass dateOrder=DAY_FIRST if they are day first.");
	}

	@Test
	void aFileWithoutSlashedDatesAssumesNothing() {
		SlashedDateOrder order = new SlashedDateOrder();
		order.observe(Dates.read("2024-03-05 18:02"), 2, 2);
		List<String> assumptions = new ArrayList<>();

		order.decide(null, assumptions);

		assertThat(assumptions).isEmpty();
	}

	@Test
	void theDayFirstSampleIsReadDayFirstFromItsThirdWorkoutOn() {
		ParsedHistory history = Samples.read("slashed-dates-day-first.csv", Samples.metric(Samples.BERLIN));

		// 05/03/2024 18:02 on line 2 could be either; 13/03/2024 on line 11 cannot be month first, so
		// the first workout is on 5 March (CET, UTC+1): 17:02Z, not 3 May.
		assertThat(history.workouts()).extracting(ParsedWorkout::startedAt)
			.containsExactly(Instant.parse("2024-03-05T17:02:00Z"), Instant.parse("2024-03-08T17:10:00Z"),
					Instant.parse("2024-03-13T16:55:00Z"), Instant.parse("2024-03-15T17:05:00Z"));
		assertThat(history.assumptions()).noneMatch((assumption) -> assumption.contains("Slashed"));
	}

	@Test
	void theFileOverrulesADateOrderSettingItContradictsAndSaysSo() {
		ParsedHistory history = Samples.read("slashed-dates-day-first.csv",
				new ImportSettings(Samples.BERLIN, UnitSystem.METRIC, DateOrder.MONTH_FIRST));

		assertThat(history.workouts().get(0).startedAt()).isEqualTo(Instant.parse("2024-03-05T17:02:00Z"));
		assertThat(history.problems()).isEmpty();
		assertThat(history.assumptions()).contains("Slashed dates were read day first, not month first as dateOrder says: "
				+ "\"13/03/2024 17:55\" on line 11 cannot be month first.");
	}

	@Test
	void aMixedFileIsRefusedWhole() {
		String file = Samples.STRONG_V6_KG + "1,13/03/2024 18:02,Push,0,Bench Press (Barbell),1,80,5,,,,,\n"
				+ "2,03/14/2024 18:02,Push,0,Bench Press (Barbell),1,80,5,,,,,\n";

		assertThatThrownBy(() -> Samples.parse(file, Samples.metric(Samples.BERLIN)))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.column()).isEqualTo(2);
				assertThat(ex).hasMessageContaining("line 2").hasMessageContaining("line 3");
			});
	}

	@Test
	void localTimesArePlacedInTheZoneWithItsSummerTime() {
		// Europe/Berlin: 2024-03-31 02:00 CET jumps to 03:00 CEST; 2024-10-27 03:00 CEST falls back to 02:00 CET.
		String file = Samples.STRONG_V6_KG + "1,2024-03-30 18:00:00,Before,0,Squat (Barbell),1,100,5,,,,,\n"
				+ "2,2024-03-31 02:30:00,In the gap,0,Squat (Barbell),1,100,5,,,,,\n"
				+ "3,2024-04-01 18:00:00,After,0,Squat (Barbell),1,100,5,,,,,\n"
				+ "4,2024-10-27 02:30:00,Twice,0,Squat (Barbell),1,100,5,,,,,\n";

		ParsedHistory history = Samples.parse(file, Samples.metric(Samples.BERLIN));

		assertThat(history.workouts()).extracting(ParsedWorkout::startedAt)
			.containsExactly(Instant.parse("2024-03-30T17:00:00Z"), // 18:00 CET, UTC+1
					Instant.parse("2024-03-31T01:30:00Z"), // 02:30 does not exist: moved forward to 03:30 CEST
					Instant.parse("2024-04-01T16:00:00Z"), // 18:00 CEST, UTC+2
					Instant.parse("2024-10-27T00:30:00Z")); // 02:30 happens twice: the earlier, CEST
	}

	@Test
	void theStrongSampleAcrossTheChangeToSummerTime() {
		ParsedHistory history = Samples.read("strong-v6-kg.csv", Samples.metric(Samples.BERLIN));

		// Workout 25, line 424: 2024-03-29 18:05:30, CET (UTC+1).
		assertThat(Samples.startingAt(history, "2024-03-29T18:05:30", Samples.BERLIN).startedAt())
			.isEqualTo(Instant.parse("2024-03-29T17:05:30Z"));
		// Workout 27, line 451: 2024-04-01 18:49:33, CEST (UTC+2), 2994 s long: ends 49 min 54 s later.
		ParsedWorkout after = Samples.startingAt(history, "2024-04-01T18:49:33", Samples.BERLIN);
		assertThat(after.line()).isEqualTo(451);
		assertThat(after.startedAt()).isEqualTo(Instant.parse("2024-04-01T16:49:33Z"));
		assertThat(after.endedAt()).isEqualTo(Instant.parse("2024-04-01T17:39:27Z"));
	}

}
