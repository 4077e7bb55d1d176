package io.repwise.ai.alternative;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.SeedLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlternativeFinderTests {

	final AlternativeFinder finder = new AlternativeFinder();

	@Test
	void substitutesShareTheMovementAndFitTheEquipment() {
		Exercise bench = SeedLibrary.named("Barbell Bench Press - Medium Grip");
		List<AlternativeFinder.Alternative> ranked = this.finder.rank(bench, SeedLibrary.exercises(),
				EnumSet.of(Equipment.DUMBBELL, Equipment.BENCH, Equipment.BODYWEIGHT), Experience.INTERMEDIATE);
		assertThat(ranked).hasSize(AlternativeFinder.LIMIT);
		assertThat(ranked).allSatisfy((alternative) -> {
			assertThat(alternative.equipment()).isIn("DUMBBELL", "BODYWEIGHT");
			assertThat(alternative.exerciseId()).isNotEqualTo(bench.id());
		});
		assertThat(ranked.get(0).pattern()).isEqualTo("HORIZONTAL_PUSH");
		assertThat(ranked).extracting(AlternativeFinder.Alternative::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void scoreAddsUpItsParts() {
		// Dumbbell Bench Press against the barbell one: the same prime mover (40), the same pattern
		// (25), secondary overlap × 10, a different implement (0), the same mechanic (5) and
		// difficulty 15 − 5 × steps apart.
		Exercise barbell = SeedLibrary.named("Barbell Bench Press - Medium Grip");
		Exercise dumbbell = SeedLibrary.named("Dumbbell Bench Press");
		double secondary = AlternativeFinder.jaccard(barbell.secondaryMuscles(), dumbbell.secondaryMuscles());
		double expected = 40 * AlternativeFinder.jaccard(barbell.primaryMuscles(), dumbbell.primaryMuscles()) + 25
				+ 10 * secondary + 5 + 15 - 5 * Math.abs(barbell.difficultyRank() - dumbbell.difficultyRank());
		AlternativeFinder.Alternative found = this.finder.rank(barbell, List.of(barbell, dumbbell), null, null).get(0);
		assertThat(found.score()).isCloseTo(Math.round(expected * 10) / 10.0, within(1e-9));
		assertThat(found.reasons()).contains("works chest");
		assertThat(AlternativeFinder.jaccard(List.of("chest", "triceps"), List.of("chest", "shoulders"))).isCloseTo(1 / 3.0,
				within(1e-9));
	}

}
