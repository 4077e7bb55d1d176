package io.repwise.workout.imports.file;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.common.request.UnitSystem;
import io.repwise.workout.session.SetType;

import static io.repwise.workout.imports.file.Samples.BERLIN;
import static io.repwise.workout.imports.file.Samples.NEW_YORK;
import static io.repwise.workout.session.SetType.DROP;
import static io.repwise.workout.session.SetType.WARMUP;
import static io.repwise.workout.session.SetType.WORKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The three Strong layouts, from the samples. Counts are worked out without this reader, with
 * Python's csv module, e.g. for v6:
 * {@code python3 -c "import csv; r=list(csv.reader(open('strong-v6-kg.csv')))[1:]; print(len({x[0] for x in r}), sum(x[5]!='Rest Timer' for x in r))"}.
 */
class StrongCsvTests {

	static final String HEADER_V6 = Samples.STRONG_V6_KG;

	@Test
	void strongV6InKilogramsReadsEveryWorkoutAndEverySet() {
		ParsedHistory history = Samples.read("strong-v6-kg.csv", Samples.metric(BERLIN));

		assertThat(history.format()).isEqualTo(HistoryFormat.STRONG_V6);
		assertThat(history.problems()).isEmpty();
		assertThat(history.assumptions()).isEmpty();
		// 34 distinct Workout #; 576 rows of which 69 are Rest Timer: 507 sets.
		assertThat(history.workouts()).hasSize(34);
		List<ParsedSet> sets = Samples.sets(history);
		assertThat(sets).hasSize(507);
		// Set Order W: 82 rows, D: 3, F: 5; each of the 69 Rest Timer rows follows a set of its exercise.
		assertThat(sets).filteredOn((set) -> set.type() == WARMUP).hasSize(82);
		assertThat(sets).filteredOn((set) -> set.type() == DROP).hasSize(3);
		assertThat(sets).filteredOn((set) -> set.type() == SetType.FAILURE).hasSize(5);
		assertThat(sets).filteredOn((set) -> set.restSeconds() != null).hasSize(69);
		assertThat(history.workouts()).extracting(ParsedWorkout::startedAt).isSorted();
	}

	@Test
	void theFirstStrongV6WorkoutSetBySet() {
		ParsedWorkout push = Samples.read("strong-v6-kg.csv", Samples.metric(BERLIN)).workouts().get(0);

		assertThat(push.line()).isEqualTo(2);
		assertThat(push.name()).isEqualTo("Push");
		// 2024-02-05 18:02:11 in Berlin, CET (UTC+1); Duration (sec) 3962 = 1 h 6 min 2 s.
		assertThat(push.startedAt()).isEqualTo(Instant.parse("2024-02-05T17:02:11Z"));
		assertThat(push.endedAt()).isEqualTo(Instant.parse("2024-02-05T18:08:13Z"));
		assertThat(push.notes()).isEqualTo("Gym was packed, benched in the corner rack");
		assertThat(push.exercises()).extracting(ParsedExercise::name)
			.containsExactly("Bench Press (Barbell)", "Overhead Press (Barbell)", "Incline Bench Press (Dumbbell)",
					"Lateral Raise (Dumbbell)", "Triceps Pushdown (Cable - Straight Bar)");
		ParsedExercise bench = push.exercises().get(0);
		assertThat(bench.notes()).isEqualTo("Paused reps, 1 sec on chest");
		assertThat(bench.supersetGroup()).isNull();
		// Lines 2-4 warm-ups, 5 a set, 6 its Rest Timer (180), 7 a set, 8 its Rest Timer, 9 the top set at RPE 8.
		assertThat(bench.sets()).extracting(ParsedSet::line, ParsedSet::type, ParsedSet::weightKg, ParsedSet::reps,
				ParsedSet::rpe, ParsedSet::restSeconds)
			.containsExactly(tuple(2, WARMUP, 20.0, 10, null, null), tuple(3, WARMUP, 40.0, 5, null, null),
					tuple(4, WARMUP, 60.0, 3, null, null), tuple(5, WORKING, 80.0, 5, null, 180),
					tuple(7, WORKING, 80.0, 5, null, 180), tuple(9, WORKING, 80.0, 5, 8.0, null));
		assertThat(push.exercises().get(1).sets()).extracting(ParsedSet::type, ParsedSet::rpe)
			.containsExactly(tuple(WARMUP, null), tuple(WORKING, null), tuple(WORKING, null), tuple(WORKING, 9.0));
		assertThat(push.exercises().get(3).sets()).extracting(ParsedSet::line, ParsedSet::type, ParsedSet::weightKg)
			.containsExactly(tuple(17, WORKING, 10.0), tuple(18, WORKING, 10.0), tuple(19, WORKING, 10.0),
					tuple(20, DROP, 6.0));
		assertThat(Samples.sets(push)).allSatisfy((set) -> {
			assertThat(set.durationSeconds()).isNull();
			assertThat(set.distanceMetres()).isNull();
		});
	}

	@Test
	void aNoteOverTwoLinesStaysOneNoteAndLaterRowsKeepTheirPhysicalLines() {
		ParsedHistory history = Samples.read("strong-v6-kg.csv", Samples.metric(BERLIN));
		ParsedWorkout pull = Samples.startingAt(history, "2024-02-21T19:00:12", BERLIN);

		ParsedExercise deadlift = Samples.exercise(pull, "Deadlift (Barbell)");
		assertThat(deadlift.notes()).isEqualTo("Mixed grip on the top set,\nstraps on back-offs");
		// Each deadlift row takes two lines (118-119, 120-121, ...); the rows after keep counting.
		assertThat(deadlift.sets()).extracting(ParsedSet::line).containsExactly(118, 120, 122, 124);
		assertThat(Samples.exercise(pull, "Bent Over Row (Barbell)").sets().get(0).line()).isEqualTo(126);
	}

	@Test
	void aWorkoutNameWithQuotes() {
		ParsedHistory history = Samples.read("strong-v6-kg.csv", Samples.metric(BERLIN));

		// Line 207: 12,2024-03-01 18:31:19,"Legs ""Heavy"" Day",4113,...
		ParsedWorkout legs = Samples.startingAt(history, "2024-03-01T18:31:19", BERLIN);
		assertThat(legs.name()).isEqualTo("Legs \"Heavy\" Day");
		assertThat(legs.line()).isEqualTo(207);
	}

	@Test
	void planksRunsAndCarriesAreSetsOfTimeAndDistance() {
		ParsedHistory history = Samples.read("strong-v6-kg.csv", Samples.metric(BERLIN));

		// Line 89: Plank,1,,,,,60 - Seconds only: no weight was written, so none is kept.
		assertThat(Samples.setOnLine(history, 89)).isEqualTo(new ParsedSet(89, WORKING, null, null, null, 60, null, null));
		// Line 91: Running,1,,,,5000,1675 - 5 km in 27 min 55 s.
		assertThat(Samples.setOnLine(history, 91))
			.isEqualTo(new ParsedSet(91, WORKING, null, null, null, 1675, 5000.0, null));
		// Line 448: Grandma's Sandbag Carry,1,40,,,40,32 - 40 kg carried 40 m in 32 s.
		ParsedSet carry = Samples.setOnLine(history, 448);
		assertThat(carry).isEqualTo(new ParsedSet(448, WORKING, null, 40.0, null, 32, 40.0, null));
		assertThat(Samples.startingAt(history, "2024-03-30T08:12:52", BERLIN).exercises().get(1).name())
			.isEqualTo("Grandma's Sandbag Carry");
	}

	@Test
	void strongV6InPoundsIsStoredInKilogramsToTheGram() {
		ParsedHistory history = Samples.read("strong-v6-lbs.csv", Samples.metric(NEW_YORK));

		// 29 distinct Workout #; 524 rows of which 71 are Rest Timer: 453 sets.
		assertThat(history.workouts()).hasSize(29);
		assertThat(Samples.sets(history)).hasSize(453);
		assertThat(history.assumptions()).as("the header names the units").isEmpty();
		ParsedWorkout upper = history.workouts().get(0);
		// 2023-09-04 17:45:12 in New York, EDT (UTC-4); 4080 s = 1 h 8 min.
		assertThat(upper.name()).isEqualTo("Upper A");
		assertThat(upper.startedAt()).isEqualTo(Instant.parse("2023-09-04T21:45:12Z"));
		assertThat(upper.endedAt()).isEqualTo(Instant.parse("2023-09-04T22:53:12Z"));
		// lb x 0.45359237, to the gram: 45 -> 20.41165665 -> 20.412; 135 -> 61.23497 -> 61.235;
		// 185 -> 83.91458845 -> 83.915; 225 -> 102.05828325 -> 102.058.
		assertThat(upper.exercises().get(0).sets()).extracting(ParsedSet::type, ParsedSet::weightKg, ParsedSet::reps,
				ParsedSet::rpe, ParsedSet::restSeconds)
			.containsExactly(tuple(WARMUP, 20.412, 10, null, null), tuple(WARMUP, 61.235, 5, null, null),
					tuple(WARMUP, 83.915, 3, null, null), tuple(WORKING, 102.058, 5, null, 180),
					tuple(WORKING, 102.058, 5, 8.0, 180), tuple(WORKING, 102.058, 5, 8.5, null));
		// 155 lb x 0.45359237 = 70.30681735 -> 70.307 kg.
		assertThat(upper.exercises().get(1).sets()).extracting(ParsedSet::weightKg).containsOnly(70.307);
		// Line 90: Running, Distance (miles) 3.11 -> 3.11 x 1609.344 = 5005.05984 -> 5005.1 m.
		assertThat(Samples.setOnLine(history, 90).distanceMetres()).isEqualTo(5005.1);
		assertThat(Samples.setOnLine(history, 90).durationSeconds()).isEqualTo(1665);
	}

	@Test
	void strongV5ReadsWeightsAndDistancesInTheLiftersUnitsAndSaysSo() {
		ParsedHistory history = Samples.read("strong-v5.csv", Samples.metric(BERLIN));

		assertThat(history.format()).isEqualTo(HistoryFormat.STRONG_V5);
		// 26 distinct (Date, Workout Name); no Rest Timer rows: 397 sets.
		assertThat(history.workouts()).hasSize(26);
		assertThat(Samples.sets(history)).hasSize(397);
		assertThat(history.problems()).isEmpty();
		assertThat(history.assumptions())
			.containsExactly("Weights read as kg and distances as km: the file does not say (pass units= to change).");
		ParsedWorkout push = history.workouts().get(0);
		// 2021-05-03 18:50:44 in Berlin, CEST (UTC+2); Duration 54m.
		assertThat(push.startedAt()).isEqualTo(Instant.parse("2021-05-03T16:50:44Z"));
		assertThat(push.endedAt()).isEqualTo(Instant.parse("2021-05-03T17:44:44Z"));
		assertThat(push.exercises().get(0).sets()).extracting(ParsedSet::type, ParsedSet::weightKg)
			.containsExactly(tuple(WARMUP, 20.0), tuple(WARMUP, 35.0), tuple(WARMUP, 52.5), tuple(WORKING, 70.0),
					tuple(WORKING, 70.0), tuple(WORKING, 70.0));
		// Line 57: Plank,1,0,0,0,60 - v5 writes 0 in unused cells: 0 reps next to a duration is no reps,
		// 0 distance none; the weight 0 was written, so it stays.
		assertThat(Samples.setOnLine(history, 57)).isEqualTo(new ParsedSet(57, WORKING, null, 0.0, null, 60, null, null));
		// Line 172: Grandma's Sandbag Carry,1,40,0,0.04,29 - 0.04 km = 40 m.
		assertThat(Samples.setOnLine(history, 172)).isEqualTo(new ParsedSet(172, WORKING, null, 40.0, null, 29, 40.0, null));
		assertThat(Samples.startingAt(history, "2021-05-07T18:10:48", BERLIN).notes()).isEqualTo("Knee felt fine today");
	}

	@Test
	void strongV5InImperialUnitsReadsPoundsAndMiles() {
		ParsedHistory history = Samples.read("strong-v5.csv", new ImportSettings(BERLIN, UnitSystem.IMPERIAL, null));

		assertThat(history.assumptions())
			.containsExactly("Weights read as lb and distances as mi: the file does not say (pass units= to change).");
		// Line 2: 20 lb x 0.45359237 = 9.0718474 -> 9.072 kg. Line 172: 0.04 mi x 1609.344 = 64.37376 -> 64.4 m.
		assertThat(Samples.setOnLine(history, 2).weightKg()).isEqualTo(9.072);
		assertThat(Samples.setOnLine(history, 172).distanceMetres()).isEqualTo(64.4);
	}

	@Test
	void strongLegacyReadsSemicolonsCommaDecimalsAndAUnitOnEveryRow() {
		ParsedHistory history = Samples.read("strong-legacy-semicolon.csv", Samples.metric(BERLIN));

		assertThat(history.format()).isEqualTo(HistoryFormat.STRONG_LEGACY);
		// 22 distinct (Date, Workout Name); 361 rows, all sets.
		assertThat(history.workouts()).hasSize(22);
		assertThat(Samples.sets(history)).hasSize(361);
		assertThat(history.problems()).isEmpty();
		assertThat(history.assumptions()).isEmpty();
		ParsedWorkout push = history.workouts().get(0);
		// 04.03.2019 19:08 in Berlin, CET (UTC+1); Workout Duration 55m.
		assertThat(push.startedAt()).isEqualTo(Instant.parse("2019-03-04T18:08:00Z"));
		assertThat(push.endedAt()).isEqualTo(Instant.parse("2019-03-04T19:03:00Z"));
		// Line 77: 22,5;kg. Line 120: 62,5;kg;5;7,5.
		assertThat(Samples.setOnLine(history, 77).weightKg()).isEqualTo(22.5);
		assertThat(Samples.setOnLine(history, 120).rpe()).isEqualTo(7.5);
		// Line 5 of the dumbbells: Incline Bench Press (Dumbbell);1;45;lbs -> 45 x 0.45359237 = 20.412 kg;
		// Lateral Raise 17,5;lbs -> 7.93786648 -> 7.938 kg.
		ParsedExercise incline = push.exercises().get(2);
		assertThat(incline.name()).isEqualTo("Incline Bench Press (Dumbbell)");
		assertThat(incline.sets()).extracting(ParsedSet::weightKg).containsOnly(20.412);
		assertThat(push.exercises().get(3).sets().get(0).weightKg()).isEqualTo(7.938);
		// Line 59: Running;1;;;;;8;km;2616 and line 172: Rowing (Machine);1;;;;;2000;m;484.
		assertThat(Samples.setOnLine(history, 59)).isEqualTo(new ParsedSet(59, WORKING, null, null, null, 2616, 8000.0, null));
		assertThat(Samples.setOnLine(history, 172).distanceMetres()).isEqualTo(2000.0);
		// Line 77's workout note holds a semicolon inside quotes.
		assertThat(Samples.startingAt(history, "2019-03-11T18:56", BERLIN).notes()).isEqualTo("Neue Schuhe; Knie ok");
	}

	@Test
	void aRestTimerGivesItsSecondsOnlyToTheSetJustBeforeItOfTheSameExercise() {
		String file = HEADER_V6 + "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),Rest Timer,,,,,90,,\n" // nothing before
				+ "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),1,80,5,,,,,\n" // line 3
				+ "1,2024-02-05 18:02:11,Push,0,Overhead Press (Barbell),Rest Timer,,,,,120,,\n" // another exercise before
				+ "1,2024-02-05 18:02:11,Push,0,Overhead Press (Barbell),1,50,6,,,,,\n" // line 5
				+ "1,2024-02-05 18:02:11,Push,0,Overhead Press (Barbell),Rest Timer,,,,,120,,\n" // for line 5
				+ "1,2024-02-05 18:02:11,Push,0,Overhead Press (Barbell),Rest Timer,,,,,150,,\n" // a rest timer before
				+ "2,2024-02-07 18:02:11,Pull,0,Overhead Press (Barbell),Rest Timer,,,,,60,,\n"; // another workout before

		ParsedHistory history = Samples.parse(file, Samples.metric(BERLIN));

		assertThat(history.problems()).isEmpty();
		assertThat(history.workouts()).hasSize(1);
		assertThat(Samples.sets(history)).extracting(ParsedSet::line, ParsedSet::restSeconds)
			.containsExactly(tuple(3, null), tuple(5, 120));
		assertThat(history.workouts().get(0).endedAt()).as("Duration (sec) 0 is unknown").isNull();
	}

	@Test
	void aSetOrderStrongDoesNotWriteIsAProblem() {
		ParsedHistory history = Samples.parse(HEADER_V6 + "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),X,80,5,,,,,\n"
				+ "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),w,60,5,,,,,\n"
				+ "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),f,80,3,,,,,\n", Samples.metric(BERLIN));

		assertThat(history.problems()).containsExactly(new RowProblem(2, 6,
				"Line 2, Set Order: \"X\" is none of a set number, W, D, F or Rest Timer; the row is skipped."));
		assertThat(Samples.sets(history)).extracting(ParsedSet::type).containsExactly(WARMUP, SetType.FAILURE);
	}

	@Test
	void aLegacyWeightOrDistanceWithoutAUnitIsAProblemButAZeroNeedsNone() {
		String header = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n";
		ParsedHistory history = Samples.parse(header + "05.03.2019 18:02;Push;Bench Press (Barbell);1;82,5;;5;;;;;;;1h\n"
				+ "05.03.2019 18:02;Push;Bench Press (Barbell);2;82,5;stone;5;;;;;;;1h\n"
				+ "05.03.2019 18:02;Push;Running;1;;;;;5;;1500;;;1h\n"
				+ "05.03.2019 18:02;Push;Running;2;;;;;5;yards;1500;;;1h\n"
				+ "05.03.2019 18:02;Push;Pull Up;1;0;;8;;0;;;;;1h\n", Samples.metric(BERLIN));

		assertThat(history.problems()).containsExactly(
				new RowProblem(2, 6, "Line 2, Weight Unit: no unit for the weight \"82,5\" (kg or lbs); the row is skipped."),
				new RowProblem(3, 6, "Line 3, Weight Unit: \"stone\" is neither kg nor lbs; the row is skipped."),
				new RowProblem(4, 10, "Line 4, Distance Unit: no unit for the distance \"5\" (km, mi or m); the row is skipped."),
				new RowProblem(5, 10, "Line 5, Distance Unit: \"yards\" is none of km, mi or m; the row is skipped."));
		assertThat(Samples.sets(history)).extracting(ParsedSet::line, ParsedSet::weightKg, ParsedSet::reps)
			.containsExactly(tuple(6, 0.0, 8));
	}

}
