package io.repwise.ai.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.TrainingHistory.ExerciseSession;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionAdvisorTests {

	final Exercise bench = SeedLibrary.named("Barbell Bench Press - Medium Grip");

	final ProgressionAdvisor advisor = new ProgressionAdvisor();

	@Test
	void doubleProgressionAddsLoadOnceEverySetReachesTheTop() {
		ActiveRoutine.Prescribed prescribed = new ActiveRoutine.Prescribed(this.bench.id(), "Bench", 3, 6, 8, null);
		var next = this.advisor.advise(this.bench, List.of(session(0, 100, 8, 8, 8)), prescribed, WeightUnit.KG);
		assertThat(next.method()).isEqualTo("DOUBLE_PROGRESSION");
		assertThat(next.load()).isEqualTo(102.5);
		assertThat(next.repMin()).isEqualTo(6);
		var short1 = this.advisor.advise(this.bench, List.of(session(0, 100, 8, 7, 6)), prescribed, WeightUnit.KG);
		assertThat(short1.load()).isEqualTo(100.0);
		assertThat(short1.repMin()).isEqualTo(7);
	}

	@Test
	void rpeBasedLoadFromTheChart() {
		// 100 × 5 @ 8: 7 to failure, 81.1 %, e1RM 100 / 0.811 = 123.30; 5 reps at RPE 8 is 81.1 % of it: 100.
		List<ExerciseSession> sessions = List.of(rated(0, 100, 5, 8.0));
		var next = this.advisor.advise(this.bench, sessions, null, WeightUnit.KG);
		assertThat(next.method()).isEqualTo("RPE");
		assertThat(next.load()).isEqualTo(100.0);
		assertThat(next.why()).contains("81.1 %").contains("e1RM of 123.3 kg");
	}

	@Test
	void theSameRepsAtTheSameEffortKeepTheLoadAndAnEasierSessionEarnsMore() {
		// With e1RM from Epley and the load from the chart, 8 @ RPE 8 at 100 kg came back 97.5, then
		// 95, then 92.5. One curve both ways: 100 / 0.739 = 135.32, and 8 @ 8 of that is 100 again.
		ActiveRoutine.Prescribed eights = new ActiveRoutine.Prescribed(this.bench.id(), "Bench", 3, 8, 8, 8.0);
		List<ExerciseSession> sessions = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sessions.add(rated(9 - 3 * i, 100, 8, 8.0));
			assertThat(this.advisor.advise(this.bench, sessions, eights, WeightUnit.KG).load()).isEqualTo(100.0);
		}
		// 100 × 8 @ RPE 7 (11 to failure, 70.7 %): e1RM 141.44; 8 @ 8 is 104.53, down to 102.5.
		sessions.add(rated(0, 100, 8, 7.0));
		assertThat(this.advisor.advise(this.bench, sessions, eights, WeightUnit.KG).load()).isEqualTo(102.5);
	}

	@Test
	void theSameLoadMadeEasierThanTheTargetIsNoStallButAStepUp() {
		// 100 × 5 @ RPE 7.5 four times against a target of 8: the e1RM is flat because the load was,
		// not because the lifter stalled. 7.5 to failure is 79.9 %: e1RM 125.16; 5 @ 8 of it is
		// 81.1 %, 101.5, rounded down to the 100 they just moved easily: one step up instead, 102.5.
		ActiveRoutine.Prescribed fives = new ActiveRoutine.Prescribed(this.bench.id(), "Bench", 3, 5, 5, 8.0);
		List<ExerciseSession> sessions = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sessions.add(rated(12 - 3 * i, 100, 5, 7.5));
		}
		var next = this.advisor.advise(this.bench, sessions, fives, WeightUnit.KG);
		assertThat(next.stalled()).isFalse();
		assertThat(next.method()).isEqualTo("RPE");
		assertThat(next.load()).isEqualTo(102.5);
		assertThat(next.why()).contains("easier than RPE 8 (RPE 7.5), so at least one step up: 102.5 kg");
	}

	@Test
	void anExerciseInTheActiveRoutineFollowsTheRoutinesOwnState() {
		// workout-service's rule moved the routine to 3 × 5 at 61.23 kg (135 lb) after the last session:
		// the advice is that state, in the user's unit, with the rule's reason, not a second opinion.
		ActiveRoutine.Prescribed inRoutine = new ActiveRoutine.Prescribed(this.bench.id(), "Bench", 3, 5, 5, 8.0,
				new ActiveRoutine.RoutineTargets(61.23496, 3, 5, "All 3 sets reached 5 reps: add 5 lb."));
		var next = this.advisor.advise(this.bench, List.of(rated(2, 60, 5, 8.0)), inRoutine, WeightUnit.LB);
		assertThat(next.method()).isEqualTo("ROUTINE");
		assertThat(next.load()).isEqualTo(135.0);
		assertThat(next.why()).isEqualTo("Your active routine's rule sets the next session: 3 × 5 at 135 lb. "
				+ "Its last decision: All 3 sets reached 5 reps: add 5 lb.");
	}

	@Test
	void threeFallingSessionsDeloadWhateverTheEffort() {
		// 100 × 5 at RPE 7, 8, 9, 10: e1RM 127.2 → 123.3 → 119.5 → 115.9, falling 8.9 %.
		List<ExerciseSession> sessions = new ArrayList<>();
		double[] rpes = { 7, 8, 9, 10 };
		for (int i = 0; i < rpes.length; i++) {
			sessions.add(rated(12 - 3 * i, 100, 5, rpes[i]));
		}
		var next = this.advisor.advise(this.bench, sessions, null, WeightUnit.KG);
		assertThat(next.method()).isEqualTo("DELOAD");
		assertThat(next.load()).isEqualTo(90.0);
		assertThat(next.why()).startsWith("e1RM fell 3 sessions in a row (127.2 → 123.3 → 119.5 → 115.9 kg, −8.9 %)");
	}

	@Test
	void aWeekOfLowReadinessDeloadsToo() {
		var next = this.advisor.advise(this.bench, List.of(rated(2, 100, 5, 8.0)), null, WeightUnit.KG,
				Optional.of("readiness low for a week (soreness 7.5/10 on average on 4 reported days of the last 7)"));
		assertThat(next.method()).isEqualTo("DELOAD");
		assertThat(next.load()).isEqualTo(90.0);
		assertThat(next.why()).startsWith("readiness low for a week (soreness 7.5/10");
	}

	@Test
	void barbellLoadsRoundToTheLiftersOwnPlates() {
		// 100 × 5 @ RPE 7: e1RM 127.23, 5 @ 8 is 103.18. A gym's 1.25 kg plates make 102.5; a home set
		// whose smallest plate is 2.5 kg moves in 5 kg steps: 100, the load just moved easily, so one
		// step up instead: 105.
		PlateInventory home = new PlateInventory(WeightUnit.KG, 20,
				List.of(new PlateInventory.Plate(20, 4), new PlateInventory.Plate(2.5, 1)));
		List<ExerciseSession> sessions = List.of(rated(2, 100, 5, 7.0));
		assertThat(this.advisor.advise(this.bench, sessions, null, WeightUnit.KG).load()).isEqualTo(102.5);
		assertThat(new ProgressionAdvisor(home).advise(this.bench, sessions, null, WeightUnit.KG).load()).isEqualTo(105.0);
		assertThat(new ProgressionAdvisor(home).advise(this.bench, sessions, null, WeightUnit.LB).load())
			.as("plates in kilograms do not round a load shown in pounds").isEqualTo(225.0);
	}

	private ExerciseSession rated(int daysAgo, double weight, int reps, double rpe) {
		TrainingSet set = new TrainingSet(this.bench.id(), "WORKING", reps, weight, rpe, null, null, null);
		return new ExerciseSession(Instant.now().minus(Duration.ofDays(daysAgo)), List.of(set), set, set.estimate().value());
	}

	@Test
	void aStallAtHighEffortDeloadsAndAtLowEffortChangesTheRange() {
		List<ExerciseSession> hard = new ArrayList<>();
		double[] e1rms = { 125, 124, 123, 122 };
		for (int i = 0; i < 4; i++) {
			TrainingSet top = new TrainingSet(this.bench.id(), "WORKING", 5, 100.0, 9.5, null, null, null);
			hard.add(new ExerciseSession(Instant.now().minus(Duration.ofDays(20 - 5L * i)), List.of(top), top, e1rms[i]));
		}
		var deload = this.advisor.advise(this.bench, hard, null, WeightUnit.KG);
		assertThat(deload.method()).isEqualTo("DELOAD");
		assertThat(deload.load()).isEqualTo(90.0);
		assertThat(deload.stalled()).isTrue();

		// Above the target effort but short of hard (RPE 8.5 against 8) with no e1RM gain: the range
		// stopped paying, so the stimulus changes.
		List<ExerciseSession> easy = new ArrayList<>();
		double[] flat = { 122, 121, 122, 121 };
		for (int i = 0; i < 4; i++) {
			TrainingSet top = new TrainingSet(this.bench.id(), "WORKING", 5, 100.0, 8.5, null, null, null);
			easy.add(new ExerciseSession(Instant.now().minus(Duration.ofDays(20 - 5L * i)), List.of(top), top, flat[i]));
		}
		var change = this.advisor.advise(this.bench, easy, null, WeightUnit.KG);
		assertThat(change.method()).isEqualTo("REP_RANGE_CHANGE");
		// From 3–5 to 6–10: 10 reps at RPE 8 is 68.0 % of the last e1RM, 121: 82.28, rounded down to 80.
		assertThat(List.of(change.repMin(), change.repMax())).containsExactly(6, 10);
		assertThat(change.load()).isEqualTo(80.0);
	}

	private ExerciseSession session(int daysAgo, double weight, int... reps) {
		List<TrainingSet> sets = new ArrayList<>();
		for (int r : reps) {
			sets.add(new TrainingSet(this.bench.id(), "WORKING", r, weight, null, null, null, null));
		}
		return new ExerciseSession(Instant.now().minus(Duration.ofDays(daysAgo)), sets, sets.get(0), sets.get(0).estimate().value());
	}

}
