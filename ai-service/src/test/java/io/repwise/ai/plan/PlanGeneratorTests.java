package io.repwise.ai.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.Goal;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;
import io.repwise.training.Muscle;
import io.repwise.training.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans over the real 889-exercise library for every goal and every schedule from 2 to 6 days. */
class PlanGeneratorTests {

	static final Set<Equipment> GYM = EnumSet.of(Equipment.BARBELL, Equipment.DUMBBELL, Equipment.MACHINE,
			Equipment.CABLE, Equipment.PULL_UP_BAR, Equipment.BENCH, Equipment.BODYWEIGHT);

	final PlanGenerator generator = new PlanGenerator();

	@ParameterizedTest
	@EnumSource(Goal.class)
	void everyScheduleStaysInsideTheVolumeRangesAndRepeatsItself(Goal goal) {
		for (int days = 2; days <= 6; days++) {
			for (Experience level : Experience.values()) {
				PlanInput input = new PlanInput(goal, level, days, 75, GYM, 12, Set.of("CHEST"), Set.of(), WeightUnit.KG);
				Plan plan = this.generator.generate(input, SeedLibrary.exercises(), TrainingHistory.empty());
				String label = goal + " " + days + " days " + level;
				assertThat(plan.days()).as(label).hasSize(days);
				assertThat(plan.weeklyVolume()).as(label).allSatisfy((volume) -> {
					assertThat(volume.status()).isEqualTo("WITHIN");
					assertThat(volume.sets()).isBetween(10.0, 20.0);
					assertThat(volume.sets()).isGreaterThanOrEqualTo(volume.target() - 0.5);
				});
				double chest = volumeOf(plan, "CHEST");
				assertThat(chest).as(label + ": the focus gets its bonus").isGreaterThanOrEqualTo(
						PlanGenerator.targets(input, Set.of("CHEST"), false).get("CHEST") - 0.5);
				assertThat(plan.days()).allSatisfy((day) -> assertThat(day.exercises()).allSatisfy((exercise) -> {
					Exercise chosen = SeedLibrary.exercises().stream().filter((e) -> e.id().equals(exercise.exerciseId())).findFirst().orElseThrow();
					assertThat(Equipment.allows(GYM, chosen)).isTrue();
					assertThat(level.allows(chosen)).as(chosen.name()).isTrue();
					assertThat(exercise.sets()).isBetween(2, 5);
				}));
				assertThat(this.generator.generate(input, SeedLibrary.exercises(), TrainingHistory.empty()))
					.as(label + ": deterministic").isEqualTo(plan);
			}
		}
	}

	@Test
	void repsEffortAndSplitFollowTheGoalAndSchedule() {
		Plan strength = plan(Goal.STRENGTH, 4);
		assertThat(strength.split()).isEqualTo("Upper/Lower");
		Plan.PlannedExercise main = strength.days().get(0).exercises().get(0);
		assertThat(main.main()).isTrue();
		assertThat(List.of(main.repMin(), main.repMax(), main.targetRpe(), main.restSeconds()))
			.containsExactly(3, 5, 8.0, 180);
		assertThat(main.progression().type()).isEqualTo("LINEAR");
		Plan endurance = plan(Goal.ENDURANCE, 3);
		assertThat(endurance.split()).isEqualTo("Full body");
		assertThat(endurance.days().get(0).exercises().get(0).repMin()).isEqualTo(12);
		assertThat(plan(Goal.HYPERTROPHY, 6).split()).isEqualTo("Push/Pull/Legs");
		assertThat(plan(Goal.HYPERTROPHY, 5).split()).isEqualTo("Upper/Lower + Push/Pull/Legs");
	}

	@Test
	void homeEquipmentAndExclusionsAreRespected() {
		Set<Equipment> home = EnumSet.of(Equipment.DUMBBELL, Equipment.BODYWEIGHT, Equipment.PULL_UP_BAR, Equipment.BENCH);
		PlanInput input = new PlanInput(Goal.HYPERTROPHY, Experience.INTERMEDIATE, 4, 60, home, 8, Set.of(),
				Set.of("SHOULDERS", "lower back"), WeightUnit.KG);
		Plan plan = this.generator.generate(input, SeedLibrary.exercises(), TrainingHistory.empty());
		assertThat(plan.days()).allSatisfy((day) -> assertThat(day.exercises()).allSatisfy((planned) -> {
			Exercise exercise = SeedLibrary.exercises().stream().filter((e) -> e.id().equals(planned.exerciseId())).findFirst().orElseThrow();
			assertThat(exercise.equipment()).isIn("DUMBBELL", "BODYWEIGHT");
			assertThat(exercise.involvedMusclesAndGroups()).as(exercise.name()).doesNotContain("shoulders", "lower back");
		}));
		assertThat(plan.weeklyVolume()).filteredOn((v) -> v.group().equals("SHOULDERS"))
			.singleElement()
			.satisfies((v) -> assertThat(v.status()).isEqualTo("AVOIDED"));
		assertThat(plan.weeklyVolume()).filteredOn((v) -> !v.group().equals("SHOULDERS"))
			.allSatisfy((v) -> assertThat(v.status()).as(v.group()).isIn("WITHIN", "UNREACHABLE"));
	}

	@Test
	void startingLoadsComeFromTheLoggedE1rmThroughTheRpeChart() {
		Exercise squat = SeedLibrary.named("Barbell Squat");
		// 140 × 5 at RPE 8 (7 to failure, 81.1 %): e1RM 140 / 0.811 = 172.63. Strength main lift: 5 reps
		// at RPE 8 is the same 81.1 % of it, so exactly the 140 kg logged (one model both ways).
		TrainingHistory history = new TrainingHistory(List.of(new Session(java.util.UUID.randomUUID(),
				java.time.Instant.parse("2026-11-20T18:00:00Z"), java.time.Instant.parse("2026-11-20T19:00:00Z"), null, null,
				List.of(new TrainingSet(squat.id(), "WORKING", 5, 140.0, 8.0, null, null, null)))));
		PlanInput input = new PlanInput(Goal.STRENGTH, Experience.INTERMEDIATE, 4, 90, GYM, 8, Set.of(), Set.of(),
				WeightUnit.KG);
		Plan plan = this.generator.generate(input, SeedLibrary.exercises(), history);
		Plan.PlannedExercise planned = plan.days()
			.stream()
			.flatMap((day) -> day.exercises().stream())
			.filter((e) -> e.exerciseId().equals(squat.id()))
			.findFirst()
			.orElseThrow();
		assertThat(planned.startLoad()).isEqualTo(140.0);
		assertThat(planned.loadReason()).contains("172.6").contains("81.1");
		assertThat(planned.why()).contains("logged it in 1 session");
	}

	@Test
	void thePlanSaysWhatItsWeekGivesEachMuscle() {
		PlanInput input = new PlanInput(Goal.HYPERTROPHY, Experience.INTERMEDIATE, 4, 60, GYM, 8, Set.of(), Set.of(),
				WeightUnit.KG);
		Plan plan = this.generator.generate(input, SeedLibrary.exercises(), TrainingHistory.empty());
		assertThat(plan.perMuscle()).hasSize(Muscle.values().length);
		// Every chest set of the plan has chest as its primary muscle, so the muscle gets at least
		// the group's direct sets; a bench press also lands half a set on the front delts.
		double chestDirect = plan.weeklyVolume().stream().filter((v) -> v.group().equals("CHEST")).findFirst().orElseThrow().direct();
		Plan.MuscleSets chest = plan.perMuscle().stream().filter((m) -> m.muscle().equals("CHEST")).findFirst().orElseThrow();
		assertThat(chest.setsPerWeek()).isGreaterThanOrEqualTo(chestDirect).isPositive();
		assertThat(plan.perMuscle()).allSatisfy((m) -> assertThat(m.status()).isEqualTo((m.setsPerWeek() == 0) ? "NOT_TRAINED"
				: (m.setsPerWeek() < 10) ? "BELOW" : (m.setsPerWeek() > 20) ? "ABOVE" : "WITHIN"));
		assertThat(plan.perMuscle().stream().filter((m) -> m.muscle().equals("FRONT_DELTS")).findFirst().orElseThrow()
			.setsPerWeek()).isPositive();
	}

	@Test
	void scheduleBuildsThenDeloads() {
		List<Plan.Week> weeks = Schedule.weeks(Experience.INTERMEDIATE, 8);
		assertThat(weeks).extracting(Plan.Week::kind)
			.containsExactly("BUILD", "BUILD", "BUILD", "DELOAD", "BUILD", "BUILD", "BUILD", "DELOAD");
		// Block 1: 100, 102.5, 105, deload 94.5; block 2 starts a step higher: 102.5, 105, 107.5, 96.8.
		assertThat(weeks).extracting(Plan.Week::loadPercent)
			.containsExactly(100.0, 102.5, 105.0, 94.5, 102.5, 105.0, 107.5, 96.8);
		assertThat(weeks.get(3).setsPercent()).isEqualTo(50);
		assertThat(Schedule.weeks(Experience.BEGINNER, 6).get(5).kind()).isEqualTo("DELOAD");
	}

	private Plan plan(Goal goal, int days) {
		return this.generator.generate(new PlanInput(goal, Experience.INTERMEDIATE, days, 75, GYM, 8, Set.of(), Set.of(),
				WeightUnit.KG), SeedLibrary.exercises(), TrainingHistory.empty());
	}

	private static double volumeOf(Plan plan, String group) {
		return plan.weeklyVolume().stream().filter((v) -> v.group().equals(group)).findFirst().orElseThrow().sets();
	}

}
