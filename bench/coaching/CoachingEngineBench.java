import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.repwise.ai.insight.InsightsCalculator;
import io.repwise.ai.plan.PlanGenerator;
import io.repwise.ai.plan.PlanInput;
import io.repwise.ai.recovery.NextWorkoutAdvisor;
import io.repwise.ai.training.Equipment;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Experience;
import io.repwise.ai.training.Goal;
import io.repwise.ai.training.SeedLibrary;
import io.repwise.ai.training.Session;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.ai.training.TrainingSet;
import io.repwise.ai.training.WeightUnit;

/**
 * Times the coaching engine once the data is fetched: a 16-week plan and the weekly insights for a
 * lifter with five years of history (1,000 sessions, 30,000 sets over 20 exercises of the real
 * library), the same computation the controllers run. Prints the median and p95 of each.
 */
public class CoachingEngineBench {

	public static void main(String[] args) {
		int warmup = Integer.parseInt(args.length > 0 ? args[0] : "200");
		int runs = Integer.parseInt(args.length > 1 ? args[1] : "200");
		List<Exercise> library = SeedLibrary.exercises();
		List<Exercise> lifts = List.of("Barbell Squat", "Barbell Deadlift", "Barbell Bench Press - Medium Grip",
				"Standing Military Press", "Bent Over Barbell Row", "Pullups", "Barbell Curl", "Leg Extensions",
				"Seated Cable Rows", "Dumbbell Flyes", "Lying Leg Curls", "Standing Calf Raises", "Plank",
				"Dips - Triceps Version", "Incline Dumbbell Press", "Romanian Deadlift", "Hammer Curls",
				"Side Lateral Raise", "Leg Press", "Wide-Grip Lat Pulldown").stream().map(CoachingEngineBench::find).toList();
		Instant now = Instant.parse("2026-11-25T12:00:00Z");
		Random random = new Random(42);
		List<Session> sessions = new ArrayList<>();
		int sets = 0;
		for (int i = 0; i < 1000; i++) {
			Instant start = now.minus(Duration.ofHours(43L * (1000 - i)));
			List<TrainingSet> logged = new ArrayList<>();
			for (int e = 0; e < 6; e++) {
				Exercise exercise = lifts.get((i * 6 + e) % lifts.size());
				for (int s = 0; s < 5; s++) {
					logged.add(new TrainingSet(exercise.id(), "WORKING", 5 + random.nextInt(6), 40.0 + i * 0.05 + random.nextInt(20),
							7.0 + random.nextInt(6) * 0.5, null, null, null));
				}
			}
			sets += logged.size();
			sessions.add(new Session(UUID.randomUUID(), start, start.plus(Duration.ofMinutes(70)), null, null, logged));
		}
		TrainingHistory history = new TrainingHistory(sessions);
		Map<UUID, Exercise> catalog = new java.util.HashMap<>();
		library.forEach((exercise) -> catalog.put(exercise.id(), exercise));
		PlanInput input = new PlanInput(Goal.HYPERTROPHY, Experience.INTERMEDIATE, 5, 75,
				EnumSet.of(Equipment.BARBELL, Equipment.DUMBBELL, Equipment.MACHINE, Equipment.CABLE, Equipment.BENCH,
						Equipment.PULL_UP_BAR, Equipment.BODYWEIGHT),
				16, Set.of("CHEST"), Set.of(), WeightUnit.KG);
		System.out.printf("History: %d sessions, %d sets; library %d exercises; JDK %s%n", sessions.size(), sets,
				library.size(), System.getProperty("java.version"));
		PlanGenerator plans = new PlanGenerator();
		InsightsCalculator insights = new InsightsCalculator();
		NextWorkoutAdvisor next = new NextWorkoutAdvisor();
		report("16-week plan (5 days, with history)", warmup, runs, () -> plans.generate(input, library, history));
		report("insights, 8-week window", warmup, runs, () -> insights.compute(history, catalog, now, ZoneOffset.UTC, 8));
		report("insights, 52-week window", warmup, runs, () -> insights.compute(history, catalog, now, ZoneOffset.UTC, 52));
		report("next workout", warmup, runs, () -> next.advise(history, catalog, null, now));
	}

	static Exercise find(String name) {
		return SeedLibrary.exercises().stream().filter((e) -> e.name().equals(name)).findFirst()
			.orElseGet(() -> SeedLibrary.exercises().get(Math.abs(name.hashCode()) % 500));
	}

	static void report(String name, int warmup, int runs, Runnable work) {
		for (int i = 0; i < warmup; i++) {
			work.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("%-40s median %7.2f ms   p95 %7.2f ms   (%d runs after %d warm-up)%n", name, millis[runs / 2],
				millis[(int) (runs * 0.95)], runs, warmup);
	}

}
