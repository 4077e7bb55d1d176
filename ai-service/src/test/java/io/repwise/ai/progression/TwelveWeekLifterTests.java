package io.repwise.ai.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.TrainingHistory.ExerciseSession;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.StrengthCurve;
import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulated lifter followed for twelve weeks, three squat sessions a week, doing whatever the
 * advice says for 3 × 5 at RPE 8 and reporting the effort it really took, to the half point.
 * Their true one-rep max grows 0.3 % a session (about 11 % in the twelve weeks).
 */
class TwelveWeekLifterTests {

	final Exercise squat = SeedLibrary.named("Barbell Squat");

	final ProgressionAdvisor advisor = new ProgressionAdvisor();

	@Test
	void loadsRiseUnderSteadyProgressAndNeverFallWhileEffortHoldsOrDrops() {
		ActiveRoutine.Prescribed fives = new ActiveRoutine.Prescribed(this.squat.id(), "Squat", 3, 5, 5, 8.0);
		Instant start = Instant.parse("2026-09-07T18:00:00Z");
		double trueMax = 140;
		double load = 100;
		int reps = 5;
		List<ExerciseSession> sessions = new ArrayList<>();
		List<String> log = new ArrayList<>();
		Double previousRpe = null;
		for (int session = 0; session < 36; session++) {
			double rpe = reportedRpe(load, reps, trueMax);
			TrainingSet top = new TrainingSet(this.squat.id(), "WORKING", reps, load, rpe, null, null, null);
			sessions.add(new ExerciseSession(start.plus(Duration.ofHours(56L * session)), List.of(top, top, top), top,
					top.estimate().value()));
			log.add(String.format("session %d: %.1f kg × %d @ %.1f (true max %.1f)", session + 1, load, reps, rpe, trueMax));
			ProgressionAdvisor.NextSession next = this.advisor.advise(this.squat, sessions, fives, WeightUnit.KG);
			if (previousRpe != null && rpe <= previousRpe) {
				assertThat(next.load()).as("the load advised after a session no harder than the one before\n"
						+ String.join("\n", log) + "\n" + next.why()).isGreaterThanOrEqualTo(load);
			}
			assertThat(next.method()).as(String.join("\n", log)).isEqualTo("RPE");
			previousRpe = rpe;
			load = next.load();
			reps = next.repMin();
			trueMax *= 1.003;
		}
		// 12 weeks later the true max is 140 × 1.003³⁶ = 156.0; 5 @ RPE 8 of it is 81.1 % = 126.5.
		assertThat(load).as(String.join("\n", log)).isBetween(122.5, 127.5);
	}

	/** The RPE a set really takes for a lifter with {@code trueMax}: 10 minus the reps left, to half a point, 6–10. */
	static double reportedRpe(double load, int reps, double trueMax) {
		double percent = 100 * load / trueMax;
		double low = 1;
		double high = 60;
		for (int i = 0; i < 100; i++) {
			double mid = (low + high) / 2;
			if (StrengthCurve.percentOfMax(mid) > percent) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		double reserve = Math.max(0, low - reps);
		return Math.max(6, Math.min(10, Math.round((10 - reserve) * 2) / 2.0));
	}

}
