package io.repwise.workout.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyVolumeTests {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

	@Test
	void directSetsCountOnceAndIndirectOnesHalf() {
		Instant tuesday = Instant.parse("2026-11-17T18:00:00Z");
		WeeklyVolume.TrainedSet bench = new WeeklyVolume.TrainedSet(set(tuesday, 8, 80.0, "WORKING"), "STRENGTH", "CHEST",
				List.of("shoulders", "triceps"));
		WeeklyVolume.TrainedSet warmUp = new WeeklyVolume.TrainedSet(set(tuesday, 10, 40.0, "WARMUP"), "STRENGTH", "CHEST",
				List.of("shoulders", "triceps"));
		WeeklyVolume.TrainedSet curl = new WeeklyVolume.TrainedSet(set(tuesday, 10, 15.0, "WORKING"), "STRENGTH", "ARMS",
				List.of("forearms"));

		List<WeeklyVolume.Week> weeks = WeeklyVolume.of(List.of(bench, bench, warmUp, curl), ZoneId.of("UTC"), WEEK,
				WEEK.plusWeeks(1));

		WeeklyVolume.Week week = weeks.get(0);
		assertThat(week.sets()).isEqualTo(3);
		assertThat(week.volumeKg()).isEqualTo(640 + 640 + 150);
		assertThat(week.muscleGroups().get("CHEST")).isEqualTo(new WeeklyVolume.GroupVolume(2, 1280));
		// two bench sets credit half a set each to arms; the curl is a whole arm set (forearms are arms too)
		assertThat(week.muscleGroups().get("ARMS")).isEqualTo(new WeeklyVolume.GroupVolume(2, 640 + 150));
		assertThat(week.muscleGroups().get("SHOULDERS")).isEqualTo(new WeeklyVolume.GroupVolume(1, 640));
		assertThat(weeks.get(1)).isEqualTo(new WeeklyVolume.Week(WEEK.plusWeeks(1), 0, 0, java.util.Map.of()));
	}

	@Test
	void weeksFollowTheUsersTimeZone() {
		// Sunday 23:30 in UTC is already Monday in Berlin.
		Instant sundayNight = Instant.parse("2026-11-22T23:30:00Z");
		WeeklyVolume.TrainedSet set = new WeeklyVolume.TrainedSet(set(sundayNight, 5, 100.0, "WORKING"), "STRENGTH", "LEGS", List.of());

		assertThat(WeeklyVolume.of(List.of(set), ZoneId.of("UTC"), WEEK, WEEK.plusWeeks(1)).get(0).sets()).isEqualTo(1);
		assertThat(WeeklyVolume.of(List.of(set), ZoneId.of("Europe/Berlin"), WEEK, WEEK.plusWeeks(1)).get(1).sets())
			.isEqualTo(1);
	}

	@Test
	void cardioAndStretchingAreNotHardSets() {
		Instant tuesday = Instant.parse("2026-11-17T18:00:00Z");
		PerformedSet ride = new PerformedSet(UUID.randomUUID(), UUID.randomUUID(), tuesday, "WORKING", null, null, null, null,
				2400, 15000.0, true);
		PerformedSet stretch = new PerformedSet(UUID.randomUUID(), UUID.randomUUID(), tuesday, "WORKING", null, null, null,
				null, 60, null, true);
		List<WeeklyVolume.TrainedSet> sets = List.of(new WeeklyVolume.TrainedSet(ride, "CARDIO", "LEGS", List.of("calves")),
				new WeeklyVolume.TrainedSet(stretch, "FLEXIBILITY", "LEGS", List.of()),
				new WeeklyVolume.TrainedSet(set(tuesday, 5, 100.0, "WORKING"), "STRENGTH", "LEGS", List.of()));

		WeeklyVolume.Week week = WeeklyVolume.of(sets, ZoneId.of("UTC"), WEEK, WEEK).get(0);
		assertThat(week.sets()).isEqualTo(1);
		assertThat(week.muscleGroups().get("LEGS")).isEqualTo(new WeeklyVolume.GroupVolume(1, 500));
	}

	static PerformedSet set(Instant at, int reps, double weight, String type) {
		return new PerformedSet(UUID.randomUUID(), UUID.randomUUID(), at, type, reps, weight, null, null, null, null, true);
	}

}
