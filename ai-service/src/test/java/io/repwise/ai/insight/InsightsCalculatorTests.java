package io.repwise.ai.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;

import static org.assertj.core.api.Assertions.assertThat;

class InsightsCalculatorTests {

	/** A Wednesday evening. */
	static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	final Exercise bench = SeedLibrary.named("Barbell Bench Press - Medium Grip");

	final Exercise squat = SeedLibrary.named("Barbell Squat");

	final Exercise row = SeedLibrary.named("Bent Over Barbell Row");

	@Test
	void volumeBalanceConsistencyAndWorkloadFromFourWeeks() {
		// Every Monday 18:00 for the 4 full weeks before this one: 4 bench sets and 2 squat sets at
		// RPE 8 (effort 0.9 each); this Monday also 6 row sets.
		List<Session> sessions = new ArrayList<>();
		for (int week = 1; week <= 4; week++) {
			sessions.add(session(Instant.parse("2026-11-23T18:00:00Z").minus(Duration.ofDays(7L * week)),
					sets(this.bench, 4), sets(this.squat, 2)));
		}
		sessions.add(session(Instant.parse("2026-11-23T18:00:00Z"), sets(this.row, 6)));
		Insights insights = new InsightsCalculator().compute(new TrainingHistory(sessions),
				Map.of(this.bench.id(), this.bench, this.squat.id(), this.squat, this.row.id(), this.row), NOW,
				ZoneOffset.UTC, 4);
		// Chest: 4 direct a week; shoulders and arms get bench's half-credit: 2 a week.
		assertThat(volume(insights, "CHEST").setsPerWeek()).isEqualTo(4.0);
		assertThat(volume(insights, "CHEST").status()).isEqualTo("BELOW");
		assertThat(volume(insights, "ARMS").setsPerWeek()).isEqualTo(2.0);
		// Per muscle: bench is 4 chest sets a week and half a set each for front delts and triceps;
		// squat 2 quadriceps sets, and 1 (2 × ½) for glutes, hamstrings, calves and lower back.
		assertThat(muscle(insights, "CHEST").setsPerWeek()).isEqualTo(4.0);
		assertThat(muscle(insights, "CHEST").status()).isEqualTo("BELOW");
		assertThat(muscle(insights, "FRONT_DELTS").setsPerWeek()).isEqualTo(2.0);
		assertThat(muscle(insights, "TRICEPS").setsPerWeek()).isEqualTo(2.0);
		assertThat(muscle(insights, "QUADRICEPS").setsPerWeek()).isEqualTo(2.0);
		assertThat(muscle(insights, "QUADRICEPS").group()).isEqualTo("LEGS");
		assertThat(muscle(insights, "REAR_DELTS").status()).as("the rows fall in this week").isEqualTo("NOT_TRAINED");
		// Push 16 (bench), pull 0 in the window (the rows fall in this week).
		assertThat(insights.balance().get(0).status()).isEqualTo("ONLY_PUSH");
		assertThat(insights.consistency().weeksTrained()).isEqualTo(4);
		assertThat(insights.consistency().currentWeekStreak()).isEqualTo(5);
		assertThat(insights.habits().preferredDays()).containsExactly("Monday");
		assertThat(insights.habits().preferredTimeOfDay()).isEqualTo("EVENING");
		// Acute (last 7 days): 6 rows × 0.9 = 5.4. The 28 days back to Oct 28 20:00 hold the Nov 2,
		// 9 and 16 sessions (6 sets each) and this week's: 24 × 0.9 = 21.6, ÷ 4 = 5.4. Ratio 1.0.
		assertThat(insights.workload().acute()).isEqualTo(5.4);
		assertThat(insights.workload().chronic()).isEqualTo(5.4);
		assertThat(insights.workload().ratio()).isEqualTo(1.0);
		assertThat(insights.workload().flag()).isEqualTo("STEADY");
		assertThat(insights.workload().caveat()).contains("not an injury prediction");
	}

	@Test
	void aSpikeAndAPlateauAreFlagged() {
		List<Session> sessions = new ArrayList<>();
		// Five weekly sessions of 2 sets, then 3 sessions of 8 sets this week; bench e1RM stuck.
		for (int week = 5; week >= 1; week--) {
			sessions.add(session(NOW.minus(Duration.ofDays(7L * week + 1)), sets(this.bench, 2)));
		}
		for (int day = 1; day <= 3; day++) {
			sessions.add(session(NOW.minus(Duration.ofHours(24L * day - 2)), sets(this.bench, 8)));
		}
		Insights insights = new InsightsCalculator().compute(new TrainingHistory(sessions),
				Map.of(this.bench.id(), this.bench), NOW, ZoneOffset.UTC, 4);
		// Acute 24 × 0.9 = 21.6; chronic (2 + 2 + 2 (+ week 4's if within 28 d) + 24) × 0.9 / 4.
		assertThat(insights.workload().flag()).isEqualTo("SPIKE");
		assertThat(insights.workload().ratio()).isGreaterThan(1.5);
		assertThat(insights.plateaus()).extracting(Insights.Plateau::exerciseId).containsExactly(this.bench.id());
	}

	@Test
	void cardioAndStretchingAreNotHardSets() {
		// A 40-minute ride and a held stretch each week: neither is volume, balance or workload.
		Exercise ride = SeedLibrary.named("Bicycling, Stationary");
		Exercise stretch = SeedLibrary.exercises()
			.stream()
			.filter((exercise) -> "FLEXIBILITY".equals(exercise.category()) && "LEGS".equals(exercise.muscleGroup()))
			.findFirst()
			.orElseThrow();
		List<Session> sessions = new ArrayList<>();
		for (int week = 0; week <= 4; week++) {
			Instant start = Instant.parse("2026-11-23T18:00:00Z").minus(Duration.ofDays(7L * week));
			sessions.add(session(start, List.of(new TrainingSet(ride.id(), "WORKING", null, null, null, null, 2400, 15000.0),
					new TrainingSet(stretch.id(), "WORKING", null, null, null, null, 60, null)), sets(this.squat, 3)));
		}
		Insights insights = new InsightsCalculator().compute(new TrainingHistory(sessions),
				Map.of(ride.id(), ride, stretch.id(), stretch, this.squat.id(), this.squat), NOW, ZoneOffset.UTC, 4);
		// Legs: the 3 squat sets a week only (they were 5 with the ride and the stretch counted).
		assertThat(volume(insights, "LEGS").setsPerWeek()).isEqualTo(3.0);
		// Workload: 3 squat sets at 0.9 this week = 2.7, not 2.7 + 2 × 0.5.
		assertThat(insights.workload().acute()).isEqualTo(2.7);
	}

	private static Insights.MuscleVolume muscle(Insights insights, String muscle) {
		return insights.muscleVolume().stream().filter((v) -> v.muscle().equals(muscle)).findFirst().orElseThrow();
	}

	private static Insights.GroupVolume volume(Insights insights, String group) {
		return insights.weeklyVolume().stream().filter((v) -> v.group().equals(group)).findFirst().orElseThrow();
	}

	@SafeVarargs
	private static Session session(Instant start, List<TrainingSet>... groups) {
		List<TrainingSet> all = new ArrayList<>();
		for (List<TrainingSet> group : groups) {
			all.addAll(group);
		}
		return new Session(UUID.randomUUID(), start, start.plus(Duration.ofHours(1)), null, null, all);
	}

	private static List<TrainingSet> sets(Exercise exercise, int count) {
		List<TrainingSet> sets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sets.add(new TrainingSet(exercise.id(), "WORKING", 5, 100.0, 8.0, null, null, null));
		}
		return sets;
	}

}
