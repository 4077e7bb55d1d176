package io.repwise.ai.loading;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WarmUpPlannerTests {

	final WarmUpPlanner planner = new WarmUpPlanner();

	final Exercise squat = SeedLibrary.named("Barbell Squat");

	@Test
	void aSquatRampWithPlatesPerSideFromAStandardGym() {
		// 5 × 140 kg: bar × 10; 56 → 55 (17.5 a side: 15 + 2.5); 84 → 82.5 (31.25: 25 + 5 + 1.25);
		// 112 → 110 (45: 25 + 20); the working set 60 a side: 25 + 25 + 10.
		WarmUpPlanner.WarmUpPlan plan = this.planner.plan(this.squat, 140, WeightUnit.KG, 5, null);
		assertThat(plan.plates()).isEqualTo("STANDARD");
		assertThat(plan.weightUnit()).isEqualTo("kg");
		assertThat(plan.warmUp()).extracting(WarmUpPlanner.WarmUpSet::percent, WarmUpPlanner.WarmUpSet::reps,
				WarmUpPlanner.WarmUpSet::load)
			.containsExactly(tuple(0, 10, 20.0), tuple(40, 5, 55.0),
					tuple(60, 3, 82.5), tuple(80, 2, 110.0));
		assertThat(plan.warmUp().get(1).perSide()).containsExactly(15.0, 2.5);
		assertThat(plan.warmUp().get(2).perSide()).containsExactly(25.0, 5.0, 1.25);
		assertThat(plan.working().perSide()).containsExactly(25.0, 25.0, 10.0);
		assertThat(plan.why()).contains("40, 60 and 80 %").contains("standard gym set");
	}

	@Test
	void theLiftersOwnPoundPlatesDecideTheUnitAndTheLoads() {
		// A metric user asks for 100 kg with a 45 lb bar and two pairs each of 45s, 25s and 10s at
		// home: 100 kg is 220.46 lb, 87.7 a side; two 45s (90) are too much, so 45 + 25 + 10 = 80 a
		// side, 205 lb, is the most those plates make under it.
		PlateInventory home = new PlateInventory(WeightUnit.LB, 45, List.of(new PlateInventory.Plate(45, 2),
				new PlateInventory.Plate(25, 2), new PlateInventory.Plate(10, 2)));
		WarmUpPlanner.WarmUpPlan plan = this.planner.plan(this.squat, 100, WeightUnit.KG, 5, home);
		assertThat(plan.weightUnit()).isEqualTo("lb");
		assertThat(plan.plates()).isEqualTo("MINE");
		assertThat(plan.working().load()).isEqualTo(205.0);
		assertThat(plan.working().perSide()).containsExactly(45.0, 25.0, 10.0);
		assertThat(plan.why()).contains("The plates make 205 lb, not 220.5");
		assertThat(plan.warmUp()).allSatisfy((set) -> assertThat((set.load() - 45) % 10).isZero());
	}

	@Test
	void dumbbellsRampInTheirStepsWithoutPlates() {
		Exercise press = SeedLibrary.exercises()
			.stream()
			.filter((exercise) -> "DUMBBELL".equals(exercise.equipment()) && "WEIGHT_REPS".equals(exercise.tracking()))
			.findFirst()
			.orElseThrow();
		WarmUpPlanner.WarmUpPlan plan = this.planner.plan(press, 30, WeightUnit.KG, 8, null);
		assertThat(plan.plates()).isNull();
		assertThat(plan.warmUp()).extracting(WarmUpPlanner.WarmUpSet::load).containsExactly(12.0, 18.0, 24.0);
		assertThat(plan.warmUp()).allSatisfy((set) -> assertThat(set.perSide()).isNull());
	}

}
