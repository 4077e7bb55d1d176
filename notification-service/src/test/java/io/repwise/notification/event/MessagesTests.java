package io.repwise.notification.event;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.repwise.common.event.PersonalRecordAchieved;
import io.repwise.common.event.WorkoutCompleted;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	@Test
	void aWorkoutSummarySaysHowLongHowMuchAndTheStreak() {
		Messages.Message message = Messages.workoutSummary(workout("Leg day", 3_930, 18, 6_250.0, 2, 3, "metric"));

		assertThat(message.title()).isEqualTo("Workout complete: Leg day");
		assertThat(message.body()).isEqualTo("66 min, 18 sets, 6250 kg lifted. Streak kept: 3 weeks in a row. "
				+ "2 new personal records.");
		assertThat(Messages.workoutSummary(workout("Leg day", 3_930, 18, 6_250.0, 0, 1, "metric")).body())
			.endsWith("A new weekly streak starts today.");
	}

	@Test
	void weightsFollowTheUsersUnits() {
		assertThat(Messages.workoutSummary(workout("Bench", 1_800, 1, 100.0, 0, 1, "imperial")).body())
			.startsWith("30 min, 1 set, 220.5 lb lifted.");
	}

	@Test
	void aRecordNamesTheExerciseTheValueAndWhatItBeat() {
		Messages.Message heaviest = Messages.personalRecord(record("Barbell Squat", "HEAVIEST_WEIGHT", 110.0, 0, 100.0));
		Messages.Message reps = Messages.personalRecord(record("Barbell Squat", "REPS_AT_WEIGHT", 8.0, 100.0, null));
		Messages.Message pace = Messages.personalRecord(record("Running (Outdoor)", "FASTEST_PACE", 305.0, 0, 312.4));

		assertThat(heaviest.title()).isEqualTo("New personal record: Barbell Squat");
		assertThat(heaviest.body()).isEqualTo("Your heaviest lift: 110 kg (before: 100 kg). Well done!");
		assertThat(reps.body()).isEqualTo("Your 8 reps at 100 kg. Well done!");
		assertThat(pace.body()).isEqualTo("Your fastest pace: 5:05 per km (before: 5:12 per km). Well done!");
	}

	@Test
	void aMissingNameReadsNaturally() {
		assertThat(Messages.workoutSummary(workout(null, 60, 1, 0, 0, 1, null)).title())
			.isEqualTo("Workout complete: your workout");
		assertThat(Messages.personalRecord(record(null, "HEAVIEST_WEIGHT", 50, 0, null)).title())
			.isEqualTo("New personal record: an exercise");
	}

	@Test
	void distancesInKilometresOrMiles() {
		assertThat(Messages.distance(10_000, false)).isEqualTo("10.00 km");
		assertThat(Messages.distance(10_000, true)).isEqualTo("6.21 mi");
		assertThat(Messages.pace(300, true)).isEqualTo("8:03 per mi");
	}

	private static WorkoutCompleted workout(String name, long seconds, int sets, double volumeKg, int records,
			int streak, String units) {
		Instant start = Instant.parse("2026-12-03T10:00:00Z");
		return new WorkoutCompleted(UUID.randomUUID(), name, start, start.plusSeconds(seconds), seconds, 3, sets,
				volumeKg, records, streak, "UTC", units);
	}

	private static PersonalRecordAchieved record(String exercise, String kind, double value, double weightKg,
			Double previous) {
		return new PersonalRecordAchieved(UUID.randomUUID(), UUID.randomUUID(), exercise, kind, value, "kg", weightKg,
				previous, "metric");
	}

}
