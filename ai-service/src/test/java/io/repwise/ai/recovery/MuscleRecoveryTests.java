package io.repwise.ai.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.training.Muscle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Per-muscle fatigue and the lifter's soreness reports, against hand-worked numbers. */
class MuscleRecoveryTests {

	static final Instant NOW = RecoveryModelTests.NOW;

	final Exercise bench = SeedLibrary.named("Barbell Bench Press - Medium Grip");

	/** 4 × 8 at 80 kg, RPE 8, bench, ended 24 h ago. */
	final TrainingHistory history = RecoveryModelTests.history(RecoveryModelTests.session(NOW.minus(Duration.ofHours(24)),
			this.bench, 4, 8.0));

	final Map<UUID, Exercise> catalog = Map.of(this.bench.id(), this.bench);

	@Test
	void eachMuscleDecaysOnItsOwnClockScaledByEffortAndLoad() {
		// Each set: effort 0.9 (2 in reserve); 8 @ 8 is 10 to failure, 73.9 %, so the load is 73.9 %
		// of its e1RM and intensity 73.9 / 75 = 0.9853: 0.8868 units. Chest, primary (T = 60 h):
		// 4 × 0.8868 × exp(−3 × 24 / 60) = 1.0684 → readiness 89. Front delts and triceps, secondary
		// (½, T = 48 h): 4 × 0.4434 × exp(−1.5) = 0.3957 → 96. Quadriceps untouched: 100.
		Map<Muscle, MuscleRecovery.State> states = MuscleRecovery.at(this.history, this.catalog, List.of(), NOW);
		assertThat(states.get(Muscle.CHEST).fatigue()).isCloseTo(1.0684, within(0.0001));
		assertThat(states.get(Muscle.CHEST).readiness()).isEqualTo(89);
		assertThat(states.get(Muscle.FRONT_DELTS).fatigue()).isCloseTo(0.3957, within(0.0001));
		assertThat(states.get(Muscle.FRONT_DELTS).readiness()).isEqualTo(96);
		assertThat(states.get(Muscle.TRICEPS).readiness()).isEqualTo(96);
		assertThat(states.get(Muscle.QUADRICEPS).readiness()).isEqualTo(100);
		assertThat(states.get(Muscle.CHEST).lastTrained()).isEqualTo(NOW.minus(Duration.ofHours(24)));
	}

	@Test
	void aSorenessReportHoldsForADayThenFadesIntoTheModel() {
		// Chest soreness 7 reads as readiness 30. 30 h after the report it counts 1 − 6/24 = 0.75:
		// 0.75 × 30 + 0.25 × 89 = 44.75 → 45. 12 h after: 30. 50 h after: the model's 89 alone.
		assertThat(chestAfter(30).readiness()).isEqualTo(45);
		assertThat(chestAfter(30).modelled()).isEqualTo(89);
		assertThat(chestAfter(30).soreness()).isEqualTo(7);
		assertThat(chestAfter(12).readiness()).isEqualTo(30);
		assertThat(chestAfter(50).readiness()).isEqualTo(89);
		assertThat(chestAfter(50).soreness()).isNull();
	}

	@Test
	void aSoreMuscleHoldsItsGroupDown() {
		// The chest group's own model says 89 (4 × 0.9 × 0.30119 = 1.084 units); the report 12 h ago
		// says 30: the group is FATIGUED and on the rest list, saying why.
		List<MuscleRecovery.Soreness> sore = List.of(new MuscleRecovery.Soreness(Muscle.CHEST, 7, NOW.minus(Duration.ofHours(12))));
		NextWorkout advice = new NextWorkoutAdvisor().advise(this.history, this.catalog, null, sore, NOW);
		NextWorkout.MuscleReadiness chest = advice.muscles().stream().filter((m) -> m.group().equals("CHEST")).findFirst().orElseThrow();
		assertThat(chest.readiness()).isEqualTo(30);
		assertThat(chest.status()).isEqualTo("FATIGUED");
		assertThat(chest.why()).contains("you reported chest soreness 7/10, which holds it at 30");
		assertThat(advice.rest()).contains("CHEST");
		assertThat(advice.perMuscle()).hasSize(Muscle.values().length);
		NextWorkout withoutReport = new NextWorkoutAdvisor().advise(this.history, this.catalog, null, NOW);
		assertThat(withoutReport.muscles().stream().filter((m) -> m.group().equals("CHEST")).findFirst().orElseThrow().readiness())
			.isEqualTo(89);
	}

	private MuscleRecovery.State chestAfter(int hours) {
		return MuscleRecovery.at(this.history, this.catalog,
				List.of(new MuscleRecovery.Soreness(Muscle.CHEST, 7, NOW.minus(Duration.ofHours(hours)))), NOW).get(Muscle.CHEST);
	}

}
