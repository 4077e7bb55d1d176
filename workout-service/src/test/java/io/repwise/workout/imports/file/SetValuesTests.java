package io.repwise.workout.imports.file;

import org.junit.jupiter.api.Test;

import static io.repwise.workout.imports.file.Samples.BERLIN;
import static io.repwise.workout.session.SetType.WORKING;
import static org.assertj.core.api.Assertions.assertThat;

/** The caps on a set, in stored units, each at its edge, and what zeros and empty cells mean. */
class SetValuesTests {

	private static final String ROW = "1,2024-02-05 18:02:11,Push,0,Bench Press (Barbell),%s,%s,%s,%s,%s,%s,,\n";

	@Test
	void eachCapHoldsAtItsEdgeAndRefusesPastIt() {
		assertRefused(set("1", "1000.001", "5", "", "", ""), 7,
				"Weight (kg): \"1000.001\" kg is more than 1,000 kg (2,204.62 lb)");
		assertRefused(set("1", "80", "1001", "", "", ""), 8, "Reps: \"1001\" is more than 1,000 reps");
		assertRefused(set("1", "80", "8.5", "", "", ""), 8, "Reps: \"8.5\" is not a whole number of reps");
		assertRefused(set("1", "80", "5", "10.5", "", ""), 9, "RPE: RPE \"10.5\" is not from 1 to 10");
		assertRefused(set("1", "80", "5", "0.5", "", ""), 9, "RPE: RPE \"0.5\" is not from 1 to 10");
		assertRefused(set("1", "80", "5", "7.3", "", ""), 9, "RPE: RPE \"7.3\" is not in half points, such as 7.5 or 8");
		assertRefused(set("1", "", "", "", "1000000.1", ""), 10,
				"Distance (meters): \"1000000.1\" is more than 1,000 km (621.371 mi)");
		assertRefused(set("1", "", "", "", "", "86401"), 11, "Seconds: \"86401\" is more than 86,400 seconds (a day)");
		assertRefused(set("Rest Timer", "", "", "", "", "3601"), 11,
				"Seconds: \"3601\" is more than 3,600 seconds (an hour) of rest");
		assertRefused(set("1", "-1", "5", "", "", ""), 7, "Weight (kg): \"-1\" is negative");
		assertRefused(set("1", "80", "5", "", "-0.5", ""), 10, "Distance (meters): \"-0.5\" is negative");

		ParsedHistory atTheEdge = Samples.parse(Samples.STRONG_V6_KG + set("1", "1000", "1000", "10", "1000000", "86400")
				+ set("Rest Timer", "", "", "", "", "3600"), Samples.metric(BERLIN));
		assertThat(atTheEdge.problems()).isEmpty();
		assertThat(Samples.sets(atTheEdge))
			.containsExactly(new ParsedSet(2, WORKING, 1000, 1000.0, 10.0, 86400, 1_000_000.0, 3600));
	}

	@Test
	void inPoundsTheWeightCapIsTheSameThousandKilograms() {
		String header = Samples.STRONG_V6_KG.replace("Weight (kg)", "Weight (lbs)");
		// 2204 lb = 999.71758... kg; 2205 lb = 1000.1712... kg.
		ParsedHistory history = Samples.parse(header + set("1", "2204", "1", "", "", "") + set("2", "2205", "1", "", "", ""),
				Samples.metric(BERLIN));

		assertThat(Samples.sets(history)).extracting(ParsedSet::weightKg).containsExactly(999.718);
		assertThat(history.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
				org.assertj.core.api.Assertions.tuple(3, 7));
	}

	@Test
	void zerosAndEmptyCells() {
		ParsedHistory history = Samples.parse(Samples.STRONG_V6_KG + set("1", "0", "8", "0", "0", "0") // bodyweight
				+ set("1", "", "8", "", "", "") // no weight written
				+ set("1", "0", "0", "", "", "30") // 0 reps next to a duration: no reps
				+ set("1", "100", "0", "", "", "") // 0 reps alone: a missed attempt
				+ set("1", "0", "0", "0", "0", "0"), // nothing done
				Samples.metric(BERLIN));

		assertThat(Samples.sets(history)).containsExactly(new ParsedSet(2, WORKING, 8, 0.0, null, null, null, null),
				new ParsedSet(3, WORKING, 8, null, null, null, null, null),
				new ParsedSet(4, WORKING, null, 0.0, null, 30, null, null),
				new ParsedSet(5, WORKING, 0, 100.0, null, null, null, null));
		assertThat(history.problems())
			.containsExactly(new RowProblem(6, 0, "Line 6: no reps, duration or distance; the row is skipped."));
	}

	@Test
	void secondsAreRoundedToWholeSeconds() {
		ParsedHistory history = Samples.parse(Samples.STRONG_V6_KG + set("1", "", "", "", "", "59.6"), Samples.metric(BERLIN));

		assertThat(Samples.sets(history).get(0).durationSeconds()).isEqualTo(60);
	}

	private static String set(String order, String weight, String reps, String rpe, String distance, String seconds) {
		return String.format(ROW, order, weight, reps, rpe, distance, seconds);
	}

	private static void assertRefused(String row, int column, String message) {
		ParsedHistory history = Samples.parse(Samples.STRONG_V6_KG + row, Samples.metric(BERLIN));
		assertThat(history.problems()).as(row)
			.containsExactly(new RowProblem(2, column, "Line 2, " + message + "; the row is skipped."));
		assertThat(history.workouts()).isEmpty();
	}

}
