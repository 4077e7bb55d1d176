package io.repwise.ai.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Fatigue decay and readiness against hand-worked numbers. */
class RecoveryModelTests {

	static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

	final Exercise bench = SeedLibrary.named("Barbell Bench Press - Medium Grip");

	final Exercise squat = SeedLibrary.named("Barbell Squat");

	@Test
	void tenHardChestSetsADayAgo() {
		// 10 sets at RPE 8 (2 in reserve: effort 0.9), ended 24 h ago. Chest (T = 60 h):
		// 9 × exp(−3 × 24 / 60) = 9 × 0.30119 = 2.7107 → readiness 100 × (1 − 0.27107) = 73.
		// Shoulders and arms get half (T = 48 h): 4.5 × exp(−1.5) = 1.0041 → 90.
		TrainingHistory history = history(session(NOW.minus(Duration.ofHours(24)), this.bench, 10, 8.0));
		Map<String, RecoveryModel.GroupFatigue> fatigue = RecoveryModel.fatigue(history, catalog(), NOW);
		assertThat(fatigue.get("CHEST").fatigue()).isCloseTo(2.7107, within(0.0001));
		assertThat(RecoveryModel.readiness(fatigue.get("CHEST").fatigue())).isEqualTo(73);
		assertThat(fatigue.get("SHOULDERS").fatigue()).isCloseTo(1.0041, within(0.0001));
		assertThat(RecoveryModel.readiness(fatigue.get("SHOULDERS").fatigue())).isEqualTo(90);
		// Ready (80) when fatigue is 2: 20 h × ln(2.7107 / 2) = 6.08 h from now.
		assertThat(RecoveryModel.hoursUntilReady("CHEST", fatigue.get("CHEST").fatigue())).isCloseTo(6.08, within(0.01));
	}

	@Test
	void effortScalesFatigue() {
		assertThat(RecoveryModel.effort(new TrainingSet(null, "WORKING", 5, 100.0, 10.0, null, null, null))).isEqualTo(1.0);
		assertThat(RecoveryModel.effort(new TrainingSet(null, "WORKING", 5, 100.0, 7.0, null, null, null))).isCloseTo(0.8, within(1e-9));
		assertThat(RecoveryModel.effort(new TrainingSet(null, "WORKING", 5, 100.0, null, 6, null, null))).isEqualTo(0.5);
		assertThat(RecoveryModel.effort(new TrainingSet(null, "WORKING", 5, 100.0, null, null, null, null))).isEqualTo(0.9);
		assertThat(RecoveryModel.remaining("LEGS", 72)).isCloseTo(Math.exp(-3), within(1e-12));
	}

	@Test
	void theRoutineDayWhoseMusclesAreReadyComesNext() {
		// Legs trained hard 20 h ago; the routine's next day is Lower, but Upper is the ready one.
		UUID upper = UUID.randomUUID();
		UUID lower = UUID.randomUUID();
		ActiveRoutine routine = new ActiveRoutine(UUID.randomUUID(), "Upper/Lower", List.of(
				new ActiveRoutine.Day(upper, "Upper", List.of(new ActiveRoutine.Prescribed(this.bench.id(), "Bench", 4, 6, 8, 8.0))),
				new ActiveRoutine.Day(lower, "Lower", List.of(new ActiveRoutine.Prescribed(this.squat.id(), "Squat", 4, 6, 8, 8.0)))));
		Session legs = session(NOW.minus(Duration.ofHours(20)), this.squat, 12, 9.0);
		Session fromUpper = new Session(UUID.randomUUID(), NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(5)),
				routine.id(), upper, List.of());
		NextWorkout advice = new NextWorkoutAdvisor().advise(history(fromUpper, legs), catalog(), routine, NOW);
		assertThat(advice.recommendation()).isEqualTo("ROUTINE_DAY");
		assertThat(advice.routineDay().name()).isEqualTo("Upper");
		assertThat(advice.reasons()).anySatisfy((reason) -> assertThat(reason).contains("\"Lower\" is next"));
		assertThat(advice.rest()).contains("LEGS");
		assertThat(advice.muscles()).hasSize(6);
	}

	@Test
	void everythingTiredMeansRest() {
		List<Session> sessions = new ArrayList<>();
		sessions.add(session(NOW.minus(Duration.ofHours(2)), this.bench, 14, 10.0));
		sessions.add(session(NOW.minus(Duration.ofHours(2)), this.squat, 14, 10.0));
		NextWorkout advice = new NextWorkoutAdvisor().advise(new TrainingHistory(sessions), catalog(), null, NOW);
		assertThat(advice.train()).doesNotContain("CHEST", "LEGS");
		assertThat(advice.rest()).contains("CHEST", "LEGS");
	}

	Map<UUID, Exercise> catalog() {
		return Map.of(this.bench.id(), this.bench, this.squat.id(), this.squat);
	}

	static TrainingHistory history(Session... sessions) {
		return new TrainingHistory(List.of(sessions));
	}

	static Session session(Instant end, Exercise exercise, int sets, Double rpe) {
		List<TrainingSet> logged = new ArrayList<>();
		for (int i = 0; i < sets; i++) {
			logged.add(new TrainingSet(exercise.id(), "WORKING", 8, 80.0, rpe, null, null, null));
		}
		return new Session(UUID.randomUUID(), end.minus(Duration.ofHours(1)), end, null, null, logged);
	}

}
