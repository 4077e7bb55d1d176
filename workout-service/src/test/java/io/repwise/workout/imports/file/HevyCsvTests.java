package io.repwise.workout.imports.file;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.workout.session.SetType;

import static io.repwise.workout.imports.file.Samples.BERLIN;
import static io.repwise.workout.imports.file.Samples.HEVY_KG;
import static io.repwise.workout.imports.file.Samples.NEW_YORK;
import static io.repwise.workout.session.SetType.DROP;
import static io.repwise.workout.session.SetType.FAILURE;
import static io.repwise.workout.session.SetType.WARMUP;
import static io.repwise.workout.session.SetType.WORKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Hevy's export, from the samples. Counts are worked out without this reader:
 * {@code python3 -c "import csv; r=list(csv.reader(open('hevy-kg.csv')))[1:]; print(len({(x[0],x[1]) for x in r}), len(r))"}.
 */
class HevyCsvTests {

	@Test
	void hevyInKilogramsReadsEveryWorkoutAndEverySet() {
		ParsedHistory history = Samples.read("hevy-kg.csv", Samples.metric(BERLIN));

		assertThat(history.format()).isEqualTo(HistoryFormat.HEVY);
		assertThat(history.problems()).isEmpty();
		assertThat(history.assumptions()).isEmpty();
		// 27 distinct (title, start_time); 433 rows, one set each.
		assertThat(history.workouts()).hasSize(27);
		List<ParsedSet> sets = Samples.sets(history);
		assertThat(sets).hasSize(433);
		// set_type: normal 353, warmup 71, failure 5, dropset 4; rpe written on 27 rows.
		assertThat(sets).filteredOn((set) -> set.type() == WORKING).hasSize(353);
		assertThat(sets).filteredOn((set) -> set.type() == WARMUP).hasSize(71);
		assertThat(sets).filteredOn((set) -> set.type() == FAILURE).hasSize(5);
		assertThat(sets).filteredOn((set) -> set.type() == DROP).hasSize(4);
		assertThat(sets).filteredOn((set) -> set.rpe() != null).hasSize(27);
	}

	@Test
	void theFirstHevyWorkoutSetBySet() {
		ParsedWorkout upper = Samples.read("hevy-kg.csv", Samples.metric(BERLIN)).workouts().get(0);

		assertThat(upper.name()).isEqualTo("Upper Body");
		// "6 May 2024, 18:02" to "6 May 2024, 19:14" in Berlin, CEST (UTC+2).
		assertThat(upper.startedAt()).isEqualTo(Instant.parse("2024-05-06T16:02:00Z"));
		assertThat(upper.endedAt()).isEqualTo(Instant.parse("2024-05-06T17:14:00Z"));
		assertThat(upper.notes()).isEqualTo("First week back after the cut, kept it light");
		// superset_id 5 on the pulldowns and incline presses: the workout's first superset, group 1.
		assertThat(upper.exercises()).extracting(ParsedExercise::name, ParsedExercise::supersetGroup)
			.containsExactly(tuple("Bench Press (Barbell)", null), tuple("Lat Pulldown (Cable)", 1),
					tuple("Incline Bench Press (Dumbbell)", 1), tuple("Lateral Raise (Dumbbell)", null),
					tuple("Plank", null));
		assertThat(upper.exercises().get(0).sets()).extracting(ParsedSet::line, ParsedSet::type, ParsedSet::weightKg,
				ParsedSet::reps, ParsedSet::rpe)
			.containsExactly(tuple(2, WARMUP, 40.0, 10, null), tuple(3, WARMUP, 60.0, 5, null),
					tuple(4, WORKING, 80.0, 8, 7.0), tuple(5, WORKING, 80.0, 8, 8.0), tuple(6, FAILURE, 80.0, 6, 10.0));
		ParsedExercise lateral = upper.exercises().get(3);
		assertThat(lateral.notes()).isEqualTo("Slow on the way down, no swinging");
		assertThat(lateral.sets()).extracting(ParsedSet::type, ParsedSet::weightKg, ParsedSet::reps)
			.containsExactly(tuple(WORKING, 10.0, 15), tuple(WORKING, 10.0, 15), tuple(DROP, 6.0, 12));
		assertThat(upper.exercises().get(4).sets()).containsExactly(
				new ParsedSet(16, WORKING, null, null, null, 60, null, null),
				new ParsedSet(17, WORKING, null, null, null, 45, null, null));
		assertThat(upper.exercises().get(0).notes()).as("an empty quoted note is none").isNull();
	}

	@Test
	void supersetsAreNumberedWithinEachWorkout() {
		ParsedHistory history = Samples.read("hevy-kg.csv", Samples.metric(BERLIN));

		// Lines 31-36: lateral raises and pushdowns, both superset_id 0.
		ParsedWorkout push = Samples.startingAt(history, "2024-05-13T19:54", BERLIN);
		assertThat(push.exercises()).extracting(ParsedExercise::supersetGroup).containsExactly(null, null, null, 1, 1);
		// Lines 50-54: curls and hammer curls, superset_id 0 of their own workout.
		ParsedWorkout pull = Samples.startingAt(history, "2024-05-15T18:19", BERLIN);
		assertThat(Samples.exercise(pull, "Bicep Curl (Dumbbell)").supersetGroup()).isEqualTo(1);
		assertThat(Samples.exercise(pull, "Hammer Curl (Dumbbell)").supersetGroup()).isEqualTo(1);
		assertThat(Samples.exercise(pull, "Deadlift (Barbell)").supersetGroup()).isNull();
	}

	@Test
	void aDescriptionOverTwoLines() {
		ParsedHistory history = Samples.read("hevy-kg.csv", Samples.metric(BERLIN));

		ParsedWorkout legs = Samples.startingAt(history, "2024-05-17T19:41", BERLIN);
		assertThat(legs.notes()).isEqualTo("Deadlift felt fast.\nHips shot up on the last rep though");
		assertThat(legs.line()).isEqualTo(55);
		assertThat(Samples.sets(legs)).extracting(ParsedSet::line).startsWith(55, 57, 59);
	}

	@Test
	void hevyInPoundsAndMiles() {
		ParsedHistory history = Samples.read("hevy-lbs.csv", Samples.metric(NEW_YORK));

		// 22 distinct (title, start_time); 363 rows.
		assertThat(history.workouts()).hasSize(22);
		assertThat(Samples.sets(history)).hasSize(363);
		ParsedWorkout push = history.workouts().get(0);
		// "1 Jul 2024, 19:42" to "1 Jul 2024, 20:45" in New York, EDT (UTC-4): past midnight in UTC.
		assertThat(push.startedAt()).isEqualTo(Instant.parse("2024-07-01T23:42:00Z"));
		assertThat(push.endedAt()).isEqualTo(Instant.parse("2024-07-02T00:45:00Z"));
		// lb x 0.45359237 to the gram: 45 -> 20.412, 90 -> 40.8233133 -> 40.823, 140 -> 63.5029318 -> 63.503,
		// 185 -> 83.915.
		assertThat(push.exercises().get(0).sets()).extracting(ParsedSet::type, ParsedSet::weightKg)
			.containsExactly(tuple(WARMUP, 20.412), tuple(WARMUP, 40.823), tuple(WARMUP, 63.503),
					tuple(WORKING, 83.915), tuple(WORKING, 83.915), tuple(WORKING, 83.915));
		// Line 307: Running, distance_miles 4.97 -> 4.97 x 1609.344 = 7998.43968 -> 7998.4 m, 2576 s.
		assertThat(Samples.setOnLine(history, 307))
			.isEqualTo(new ParsedSet(307, WORKING, null, null, null, 2576, 7998.4, null));
	}

	@Test
	void isoTimesAndCommaDecimalsInQuotedCells() {
		ParsedHistory history = Samples.parse(HEVY_KG
				+ "\"Push\",\"2024-03-05 18:02:00\",\"2024-03-05 19:00:00\",\"\",\"Bench Press (Barbell)\",,\"\",0,\"normal\",\"82,5\",5,,,\"8,5\"\n",
				Samples.metric(BERLIN));

		assertThat(history.problems()).isEmpty();
		ParsedWorkout push = history.workouts().get(0);
		assertThat(push.startedAt()).isEqualTo(Instant.parse("2024-03-05T17:02:00Z"));
		assertThat(push.endedAt()).isEqualTo(Instant.parse("2024-03-05T18:00:00Z"));
		assertThat(Samples.sets(push)).containsExactly(new ParsedSet(2, WORKING, 5, 82.5, 8.5, null, null, null));
	}

	@Test
	void unknownSetTypesAndSupersetsAreProblems() {
		String row = "\"Push\",\"5 Mar 2024, 18:02\",\"5 Mar 2024, 19:00\",\"\",\"Bench Press (Barbell)\",%s,\"\",0,\"%s\",80,5,,,\n";
		ParsedHistory history = Samples.parse(HEVY_KG + String.format(row, "", "superset") + String.format(row, "\"A\"", "normal")
				+ String.format(row, "", "WarmUp"), Samples.metric(BERLIN));

		assertThat(history.problems()).containsExactly(
				new RowProblem(2, 9,
						"Line 2, set_type: \"superset\" is none of normal, warmup, dropset or failure; the row is skipped."),
				new RowProblem(3, 6, "Line 3, superset_id: \"A\" is not a number; the row is skipped."));
		assertThat(Samples.sets(history)).extracting(ParsedSet::type).containsExactly(SetType.WARMUP);
	}

	@Test
	void anEndBeforeTheStartOrADayLaterIsLeftUnknownAndSaidSo() {
		ParsedHistory history = Samples.parse(HEVY_KG
				+ "\"Early\",\"5 Mar 2024, 18:02\",\"5 Mar 2024, 17:00\",\"\",\"Bench Press (Barbell)\",,\"\",0,\"normal\",80,5,,,\n"
				+ "\"Long\",\"6 Mar 2024, 18:02\",\"7 Mar 2024, 18:03\",\"\",\"Bench Press (Barbell)\",,\"\",0,\"normal\",80,5,,,\n"
				+ "\"Day\",\"8 Mar 2024, 18:02\",\"9 Mar 2024, 18:02\",\"\",\"Bench Press (Barbell)\",,\"\",0,\"normal\",80,5,,,\n"
				+ "\"Open\",\"10 Mar 2024, 18:02\",\"\",\"\",\"Bench Press (Barbell)\",,\"\",0,\"normal\",80,5,,,\n",
				Samples.metric(BERLIN));

		assertThat(history.workouts()).extracting(ParsedWorkout::name, ParsedWorkout::endedAt)
			.containsExactly(tuple("Early", null), tuple("Long", null),
					tuple("Day", Instant.parse("2024-03-09T17:02:00Z")), tuple("Open", null));
		assertThat(history.assumptions()).containsExactly(
				"1 workout lasts more than 24 hours by the file (first on line 3): its end was left unknown.",
				"1 workout ends before it starts by the file (first on line 2): its end was left unknown.");
	}

	@Test
	void rowsOfOneWorkoutNeedNotBeTogetherButExercisesAreRunsOfOneName() {
		String row = "\"%s\",\"%s\",\"\",\"\",\"%s\",,\"\",0,\"normal\",80,5,,,\n";
		ParsedHistory history = Samples.parse(HEVY_KG + String.format(row, "Push", "5 Mar 2024, 18:02", "Bench Press (Barbell)")
				+ String.format(row, "Pull", "6 Mar 2024, 18:02", "Deadlift (Barbell)")
				+ String.format(row, "Push", "5 Mar 2024, 18:02", "Bench Press (Barbell)")
				+ String.format(row, "Push", "5 Mar 2024, 18:02", "Landmine Press")
				+ String.format(row, "Push", "5 Mar 2024, 18:02", "Bench Press (Barbell)"), Samples.metric(BERLIN));

		ParsedWorkout push = history.workouts().get(0);
		assertThat(push.exercises()).extracting(ParsedExercise::name)
			.containsExactly("Bench Press (Barbell)", "Landmine Press", "Bench Press (Barbell)");
		assertThat(push.exercises().get(0).sets()).extracting(ParsedSet::line).containsExactly(2, 4);
		assertThat(history.workouts().get(1).name()).isEqualTo("Pull");
	}

}
