package io.repwise.training;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MuscleTests {

	@Test
	void aBenchPressIsAChestSetAndHalfASetForFrontDeltsAndTriceps() {
		assertThat(Muscle.credits(List.of("chest"), List.of("shoulders", "triceps"), "Barbell Bench Press - Medium Grip", "PUSH"))
			.containsExactly(entry(Muscle.CHEST, 1.0), entry(Muscle.FRONT_DELTS, 0.5), entry(Muscle.TRICEPS, 0.5));
	}

	@Test
	void theDeltoidHeadFollowsTheMovement() {
		assertThat(Muscle.of("shoulders", "Side Lateral Raise", "PUSH")).isEqualTo(Muscle.SIDE_DELTS);
		assertThat(Muscle.of("shoulders", "Upright Barbell Row", "PULL")).isEqualTo(Muscle.SIDE_DELTS);
		assertThat(Muscle.of("shoulders", "Face Pull", "PULL")).isEqualTo(Muscle.REAR_DELTS);
		assertThat(Muscle.of("shoulders", "Bent Over Barbell Row", "PULL")).isEqualTo(Muscle.REAR_DELTS);
		assertThat(Muscle.of("shoulders", "Standing Military Press", "PUSH")).isEqualTo(Muscle.FRONT_DELTS);
	}

	@Test
	void aMuscleBothPrimaryAndSecondaryCountsOnceInFull() {
		Map<Muscle, Double> credits = Muscle.credits(List.of("quadriceps"), List.of("quadriceps", "glutes"), "Squat", "PUSH");
		assertThat(credits).containsExactly(entry(Muscle.QUADRICEPS, 1.0), entry(Muscle.GLUTES, 0.5));
	}

	@Test
	void everyLibraryMuscleHasAHomeInAGroup() {
		for (String muscle : MuscleGroups.muscles()) {
			Muscle mapped = Muscle.of(muscle, "", null);
			assertThat(mapped).as(muscle).isNotNull();
			assertThat(mapped.group()).as(muscle).isEqualTo(MuscleGroups.of(muscle));
		}
	}

}
