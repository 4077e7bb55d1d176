package io.repwise.notification.event;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	@Test
	void aWorkoutSummarySaysHowLongHowMuchAndTheStreak() {
		Map<String, Object> payload = new HashMap<>(Map.of("name", "Leg day", "durationSeconds", 3_930,
				"completedSets", 18, "volumeKg", 6_250.0, "weekStreak", 3, "newRecords", 2));

		Messages.Message message = Messages.workoutSummary(payload);

		assertThat(message.title()).isEqualTo("Workout complete: Leg day");
		assertThat(message.body()).isEqualTo("66 min, 18 sets, 6250 kg lifted. Streak kept: 3 weeks in a row. "
				+ "2 new personal records.");
		payload.put("weekStreak", 1);
		payload.put("newRecords", 0);
		assertThat(Messages.workoutSummary(payload).body()).endsWith("A new weekly streak starts today.");
	}

	@Test
	void weightsFollowTheUsersUnits() {
		Map<String, Object> payload = Map.of("name", "Bench", "durationSeconds", 1_800, "completedSets", 1,
				"volumeKg", 100.0, "weekStreak", 1, "newRecords", 0, "units", "imperial");

		assertThat(Messages.workoutSummary(payload).body()).startsWith("30 min, 1 set, 220.5 lb lifted.");
	}

	@Test
	void aRecordNamesTheExerciseTheValueAndWhatItBeat() {
		Messages.Message heaviest = Messages.personalRecord(Map.of("exerciseName", "Barbell Squat", "kind",
				"HEAVIEST_WEIGHT", "value", 110.0, "previousValue", 100.0, "weightKg", 0.0));
		Messages.Message reps = Messages.personalRecord(Map.of("exerciseName", "Barbell Squat", "kind", "REPS_AT_WEIGHT",
				"value", 8.0, "weightKg", 100.0));
		Messages.Message pace = Messages.personalRecord(Map.of("exerciseName", "Running (Outdoor)", "kind",
				"FASTEST_PACE", "value", 305.0, "previousValue", 312.4, "weightKg", 0.0));

		assertThat(heaviest.title()).isEqualTo("New personal record: Barbell Squat");
		assertThat(heaviest.body()).isEqualTo("Your heaviest lift: 110 kg (before: 100 kg). Well done!");
		assertThat(reps.body()).isEqualTo("Your 8 reps at 100 kg. Well done!");
		assertThat(pace.body()).isEqualTo("Your fastest pace: 5:05 per km (before: 5:12 per km). Well done!");
	}

	@Test
	void distancesInKilometresOrMiles() {
		assertThat(Messages.distance(10_000, false)).isEqualTo("10.00 km");
		assertThat(Messages.distance(10_000, true)).isEqualTo("6.21 mi");
		assertThat(Messages.pace(300, true)).isEqualTo("8:03 per mi");
	}

}
