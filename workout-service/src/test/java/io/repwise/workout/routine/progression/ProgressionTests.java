package io.repwise.workout.routine.progression;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionTests {

	static final LoadRounding BARBELL = LoadRounding.forEquipment("BARBELL");

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
			// 102.5 × 0.9 = 92.25, rounded to the nearest 2.5 kg: 92.5
			Progression.Decision decision = next(new Targets(102.5, 5, 5, 2, 0, null), session(102.5, 5, 4, 3, 3, 2));

			assertThat(decision.next()).isEqualTo(new Targets(92.5, 5, 5, 0, 0, null));
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
			return Progression.next(this.rule, 5, 5, current, last, BARBELL);
		}

	}

	@Nested
	class DoubleProgression {

		final ProgressionRule.DoubleProgression rule = new ProgressionRule.DoubleProgression(2, 3, 10);

		final LoadRounding dumbbell = LoadRounding.forEquipment("DUMBBELL");

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
			// 24 × 0.9 = 21.6, nearest 2 kg dumbbell: 22; reps back to the bottom of the range
			assertThat(thrice).isEqualTo(new Targets(22.0, 8, 3, 0, 0, null));
		}

		@Test
		void aMissingSetCountsAsZeroReps() {
			assertThat(next(new Targets(20.0, 8, 3, 0, 0, null), session(20.0, 12, 12)).next().failures()).isEqualTo(1);
		}

		Progression.Decision next(Targets current, SessionResult last) {
			return Progression.next(this.rule, 8, 12, current, last, this.dumbbell);
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
			// 100 × 5 → Epley 116.67; 90 % → 105.0; step 2 is 80 % of 105 = 84 → 85
			Targets next = next(new Targets(null, 5, 4, 0, 0, null), session(100.0, 5, 5, 5, 5));

			assertThat(next.trainingMaxKg()).isEqualTo(105.0);
			assertThat(next.weightKg()).isEqualTo(85.0);
		}

		Targets next(Targets current, SessionResult last) {
			return Progression.next(this.rule, 5, 5, current, last, BARBELL).next();
		}

	}

	@Test
	void roundingGoesToTheNearestLoadableStep() {
		assertThat(BARBELL.round(61.2)).isEqualTo(60.0);
		assertThat(BARBELL.round(61.3)).isEqualTo(62.5);
		assertThat(LoadRounding.forEquipment("KETTLEBELL").round(18.5)).isEqualTo(20.0);
		assertThat(LoadRounding.forEquipment("MACHINE").round(1.0)).as("never rounds to nothing").isEqualTo(5.0);
	}

	static SessionResult session(Double weight, Integer... reps) {
		return new SessionResult(Arrays.stream(reps).map((r) -> new SessionResult.SetDone(r, weight, true)).toList());
	}

}
