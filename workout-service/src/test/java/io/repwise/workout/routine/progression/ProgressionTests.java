package io.repwise.workout.routine.progression;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.repwise.training.LoadStep;
import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressionTests {

	static final LoadStep BARBELL = LoadStep.of("BARBELL", WeightUnit.KG);

	@Nested
	class Linear {

		final ProgressionRule.Linear rule = new ProgressionRule.Linear(2.5, 3, 10);

		@Test
		void allSetsMadeAddsTheIncrement() {
			Progression.Decision decision = next(Targets.start(5, 5, 100.0), session(100.0, 5, 5, 5, 5, 5));

			assertThat(decision.next()).isEqualTo(new Targets(102.5, 5, 5, 0, 0, null));
			assertThat(decision.reason()).contains("add 2.5 kg");
		}

		@Test
		void aMissedSetRepeatsTheWeightAndCountsAFailure() {
			Progression.Decision decision = next(Targets.start(5, 5, 100.0), session(100.0, 5, 5, 4, 5, 5));

			assertThat(decision.next()).isEqualTo(new Targets(100.0, 5, 5, 1, 0, null));
		}

		@Test
		void theThirdFailureInARowDeloadsTenPercentToALoadableWeight() {
			// 102.5 × 0.9 = 92.25, rounded down to a 2.5 kg step: 90
			Progression.Decision decision = next(new Targets(102.5, 5, 5, 2, 0, null), session(102.5, 5, 4, 3, 3, 2));

			assertThat(decision.next()).isEqualTo(new Targets(90.0, 5, 5, 0, 0, null));
			assertThat(decision.reason()).contains("deload 10 %");
		}

		@Test
		void aSuccessResetsTheFailureCount() {
			assertThat(next(new Targets(100.0, 5, 5, 2, 0, null), session(100.0, 5, 5, 5, 5, 5)).next().failures()).isZero();
		}

		@Test
		void withoutALoadTheFirstSessionSetsIt() {
			// a copied template has no loads yet: the lifter chose 60 kg and made every rep
			assertThat(next(Targets.start(5, 5, null), session(60.0, 5, 5, 5, 5, 5)).next().weightKg()).isEqualTo(62.5);
		}

		@Test
		void unloadedExercisesProgressByReps() {
			assertThat(next(Targets.start(3, 10, null), session(null, 10, 10, 10)).next())
				.isEqualTo(new Targets(null, 11, 3, 0, 0, null));
		}

		Progression.Decision next(Targets current, SessionResult last) {
			return ruleOnly(Progression.next(this.rule, 5, 5, current, last, BARBELL));
		}

	}

	@Nested
	class DoubleProgression {

		final ProgressionRule.DoubleProgression rule = new ProgressionRule.DoubleProgression(2, 3, 10);

		final LoadStep dumbbell = LoadStep.of("DUMBBELL", WeightUnit.KG);

		@Test
		void everySetAtTheTargetAimsOneRepHigher() {
			// target 8 reps; the worst set had 9: aim for 10
			assertThat(next(new Targets(20.0, 8, 3, 0, 0, null), session(20.0, 10, 9, 9)).next())
				.isEqualTo(new Targets(20.0, 10, 3, 0, 0, null));
		}

		@Test
		void theTopOfTheRangeOnEverySetAddsWeightAndGoesBackToTheBottom() {
			Progression.Decision decision = next(new Targets(20.0, 12, 3, 0, 0, null), session(20.0, 12, 12, 12));

			assertThat(decision.next()).isEqualTo(new Targets(22.0, 8, 3, 0, 0, null));
			assertThat(decision.reason()).contains("add 2 kg").contains("start again at 8");
		}

		@Test
		void shortOfTheTargetButInsideTheRangeRepeats() {
			assertThat(next(new Targets(20.0, 10, 3, 0, 0, null), session(20.0, 10, 9, 8)).next())
				.isEqualTo(new Targets(20.0, 10, 3, 0, 0, null));
		}

		@Test
		void belowTheRangeIsAFailureAndRepeatedFailureDeloads() {
			Targets once = next(new Targets(24.0, 10, 3, 0, 0, null), session(24.0, 8, 7, 6)).next();
			assertThat(once).isEqualTo(new Targets(24.0, 10, 3, 1, 0, null));
			Targets twice = next(once, session(24.0, 7, 7, 6)).next();
			Targets thrice = next(twice, session(24.0, 7, 6, 6)).next();
			// 24 × 0.9 = 21.6, down to a 2 kg dumbbell step: 20; reps back to the bottom of the range
			assertThat(thrice).isEqualTo(new Targets(20.0, 8, 3, 0, 0, null));
		}

		@Test
		void aMissingSetCountsAsZeroReps() {
			assertThat(next(new Targets(20.0, 8, 3, 0, 0, null), session(20.0, 12, 12)).next().failures()).isEqualTo(1);
		}

		Progression.Decision next(Targets current, SessionResult last) {
			return ruleOnly(Progression.next(this.rule, 8, 12, current, last, this.dumbbell));
		}

	}

	@Nested
	class PercentageWave {

		final ProgressionRule.PercentageWave rule = new ProgressionRule.PercentageWave(
				List.of(new ProgressionRule.PercentageWave.Step(72.5, 4, 5), new ProgressionRule.PercentageWave.Step(80, 4, 3),
						new ProgressionRule.PercentageWave.Step(87.5, 3, 2)),
				5, 2, 10);

		@Test
		void stepsWalkTheWaveAndFinishingItRaisesTheTrainingMax() {
			Targets step1 = Progression.waveTargets(this.rule, new Targets(null, 5, 4, 0, 0, 100.0), BARBELL);
			assertThat(step1).isEqualTo(new Targets(72.5, 5, 4, 0, 0, 100.0));

			Targets step2 = next(step1, session(72.5, 5, 5, 5, 5));
			assertThat(step2).isEqualTo(new Targets(80.0, 3, 4, 0, 1, 100.0));

			Targets step3 = next(step2, session(80.0, 3, 3, 3, 3));
			assertThat(step3).isEqualTo(new Targets(87.5, 2, 3, 0, 2, 100.0));

			// wave done: training max 105; 72.5 % of 105 = 76.125, nearest 2.5 kg: 75
			Targets nextWave = next(step3, session(87.5, 2, 2, 2));
			assertThat(nextWave.trainingMaxKg()).isEqualTo(105.0);
			assertThat(nextWave.waveStep()).isZero();
			assertThat(nextWave.weightKg()).isEqualTo(75.0);
		}

		@Test
		void missingAStepRepeatsItThenDeloadsTheTrainingMax() {
			Targets step2 = new Targets(80.0, 3, 4, 0, 1, 100.0);

			Targets repeat = next(step2, session(80.0, 3, 3, 2, 2));
			assertThat(repeat).isEqualTo(new Targets(80.0, 3, 4, 1, 1, 100.0));

			// second miss: training max 90, back to step 1 at 72.5 % of 90 = 65.25 → 65
			Targets deloaded = next(repeat, session(80.0, 3, 2, 2, 1));
			assertThat(deloaded).isEqualTo(new Targets(65.0, 5, 4, 0, 0, 90.0));
		}

		@Test
		void withoutATrainingMaxTheFirstSessionSetsNinetyPercentOfItsEstimate() {
			// 100 × 5 to failure → e1RM 100 / 0.863 = 115.87; 90 % → 104.3; step 2 is 80 % of it,
			// 83.44, down to a 2.5 kg step: 82.5
			Targets next = next(new Targets(null, 5, 4, 0, 0, null), session(100.0, 5, 5, 5, 5));

			assertThat(next.trainingMaxKg()).isEqualTo(104.3);
			assertThat(next.weightKg()).isEqualTo(82.5);
		}

		Targets next(Targets current, SessionResult last) {
			return ruleOnly(Progression.next(this.rule, 5, 5, current, last, BARBELL)).next();
		}

	}

	@Nested
	class SmallIncrements {

		final ProgressionRule.Linear oneKilogram = new ProgressionRule.Linear(1, 3, 10);

		@Test
		void accumulateUntilTheyFillAPlateStep() {
			// +1 kg a session on a 2.5 kg step. Rounded to the nearest step, 100 + 1 snapped back to
			// 100 every time. Banked: 101 loads 100 (1 banked), 102 loads 100 (2), 103 loads 102.5 (0.5).
			Targets targets = Targets.start(5, 5, 100.0);
			double[] loads = new double[4];
			for (int session = 0; session < 4; session++) {
				Progression.Decision decision = Progression.next(this.oneKilogram, 5, 5, targets,
						session(targets.weightKg(), 5, 5, 5, 5, 5), BARBELL);
				targets = decision.next();
				loads[session] = targets.weightKg();
			}
			assertThat(loads).containsExactly(100.0, 100.0, 102.5, 102.5);
			assertThat(targets.banked()).isCloseTo(1.5, within(1e-9));
		}

		@Test
		void sayHowMuchIsBanked() {
			Progression.Decision decision = Progression.next(this.oneKilogram, 5, 5, Targets.start(5, 5, 100.0),
					session(100.0, 5, 5, 5, 5, 5), BARBELL);

			assertThat(decision.reason()).isEqualTo("All 5 sets reached 5 reps: add 1 kg (1 kg of it banked until it fills a 2.5 kg step).");
		}

		@Test
		void aMissKeepsTheBankAndADeloadEmptiesIt() {
			Targets banked = new Targets(100.0, 5, 5, 0, 0, null, 2.0);
			Targets missed = Progression.next(this.oneKilogram, 5, 5, banked, session(100.0, 5, 4, 5, 5, 5), BARBELL).next();
			assertThat(missed.banked()).isEqualTo(2.0);
			Targets deloaded = Progression.next(this.oneKilogram, 5, 5, new Targets(100.0, 5, 5, 2, 0, null, 2.0),
					session(100.0, 5, 4, 5, 5, 5), BARBELL).next();
			assertThat(deloaded.weightKg()).isEqualTo(90.0);
			assertThat(deloaded.banked()).isZero();
		}

	}

	@Test
	void imperialLiftersGetLoadsTheirPlatesMake() {
		// 60 kg + 2.5 kg = 62.5 kg is 137.79 lb; in pounds the bar takes 135 (45 + 2 × 45), and the
		// 2.79 lb left over is banked, not shown as a target no one can load.
		LoadStep pounds = LoadStep.of("BARBELL", WeightUnit.LB);
		Progression.Decision decision = Progression.next(new ProgressionRule.Linear(2.5, 3, 10), 5, 5,
				Targets.start(5, 5, 60.0), session(60.0, 5, 5, 5, 5, 5), pounds);

		assertThat(WeightUnit.LB.fromKilograms(decision.next().weightKg())).isCloseTo(135.0,
				within(1e-9));
		assertThat(decision.reason()).isEqualTo("All 5 sets reached 5 reps: add 5.51 lb (2.79 lb of it banked until it fills a 5 lb step).");
	}

	@Test
	void roundingGoesDownToALoadableStep() {
		assertThat(BARBELL.roundDownKilograms(61.2)).isEqualTo(60.0);
		assertThat(BARBELL.roundDownKilograms(62.4)).isEqualTo(60.0);
		assertThat(LoadStep.of("KETTLEBELL", WeightUnit.KG).roundDownKilograms(18.5)).isEqualTo(16.0);
		assertThat(LoadStep.of("MACHINE", WeightUnit.KG).roundDownKilograms(1.0)).as("never rounds to nothing").isEqualTo(5.0);
	}

	@Nested
	class FallingPerformance {

		final ProgressionRule.Linear rule = new ProgressionRule.Linear(2.5, 3, 10);

		@Test
		void threeSessionsOfFallingE1rmDeloadBeforeAnyRepIsMissed() {
			// Every rep made, but at rising effort: 5 × 100 at RPE 7, 8, 9, 10 is 8, 7, 6, 5 to
			// failure, e1RM 127.2 → 123.3 → 119.5 → 115.9 (the curve's 78.6, 81.1, 83.7, 86.3 %).
			// Linear progression alone would add 2.5 kg each time; three falls call the deload.
			Targets targets = Targets.start(5, 5, 100.0);
			Progression.Decision decision = null;
			double[] rpes = { 7, 8, 9, 10 };
			for (double rpe : rpes) {
				targets = new Targets(100.0, 5, 5, 0, 0, null, null, targets.recentE1rmsKg());
				decision = Progression.next(this.rule, 5, 5, targets, rated(100.0, 5, 10 - rpe), BARBELL);
				targets = decision.next();
			}
			assertThat(decision.reason()).isEqualTo("e1RM fell 3 sessions in a row (127.2 → 123.3 → 119.5 → 115.9 kg, −8.9 %)"
					+ ": deload 10 % to 90 kg.");
			assertThat(targets.weightKg()).isEqualTo(90.0);
			assertThat(targets.recentE1rmsKg()).as("the climb starts over").isEmpty();
		}

		@Test
		void aRuleOwnMemoryOfSessionsTravelsWithItsState() {
			Targets once = Progression.next(this.rule, 5, 5, Targets.start(5, 5, 100.0), rated(100.0, 5, 2.0), BARBELL).next();
			assertThat(once.recentE1rmsKg()).hasSize(1);
			assertThat(once.recentE1rmsKg().get(0)).isCloseTo(123.3, within(0.05));
		}

		private SessionResult rated(double weight, int reps, double reserve) {
			return new SessionResult(IntStream.range(0, 5)
				.mapToObj((i) -> new SessionResult.SetDone(reps, weight, true, reserve))
				.toList());
		}

	}

	/** A decision as its rule made it, without the sessions the performance deload remembers. */
	static Progression.Decision ruleOnly(Progression.Decision decision) {
		return new Progression.Decision(decision.next().withRecentE1rms(null), decision.reason());
	}

	static SessionResult session(Double weight, Integer... reps) {
		return new SessionResult(Arrays.stream(reps).map((r) -> new SessionResult.SetDone(r, weight, true)).toList());
	}

}
