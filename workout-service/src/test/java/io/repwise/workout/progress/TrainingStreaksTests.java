package io.repwise.workout.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingStreaksTests {

	// 2026-11-23 is a Monday.
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void consecutiveWeeksAndDays() {
		List<LocalDate> days = List.of(MONDAY.minusWeeks(3), MONDAY.minusWeeks(2).plusDays(4), MONDAY.minusWeeks(1),
				MONDAY.minusDays(1), MONDAY, MONDAY.plusDays(1));

		TrainingStreaks.Streaks streaks = TrainingStreaks.of(days, MONDAY.plusDays(1));

		assertThat(streaks.currentWeeks()).isEqualTo(4);
		assertThat(streaks.longestWeeks()).isEqualTo(4);
		assertThat(streaks.currentDays()).isEqualTo(3); // Sunday, Monday, Tuesday
		assertThat(streaks.longestDays()).isEqualTo(3);
	}

	@Test
	void aStreakSurvivesUntilTheNextWeekIsOver() {
		List<LocalDate> days = List.of(MONDAY.minusWeeks(2), MONDAY.minusWeeks(1));

		assertThat(TrainingStreaks.of(days, MONDAY).currentWeeks()).as("this week not trained yet").isEqualTo(2);
		assertThat(TrainingStreaks.of(days, MONDAY.plusWeeks(1)).currentWeeks()).as("a whole week missed").isZero();
		assertThat(TrainingStreaks.of(days, MONDAY.plusWeeks(1)).longestWeeks()).isEqualTo(2);
	}

	@Test
	void noTrainingNoStreak() {
		assertThat(TrainingStreaks.of(List.of(), MONDAY)).isEqualTo(new TrainingStreaks.Streaks(0, 0, 0, 0));
	}

}
