package io.repwise.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeloadTriggerTests {

	@Test
	void threeFallingSessionsCallADeloadSayingWhy() {
		// 150 → 148 → 146 → 144: three falls, 4 % in all.
		assertThat(DeloadTrigger.falling(List.of(150.0, 148.0, 146.0, 144.0)))
			.hasValue("e1RM fell 3 sessions in a row (150.0 → 148.0 → 146.0 → 144.0 kg, −4.0 %)");
	}

	@Test
	void oneGoodSessionOrATinyDriftIsNoTrend() {
		assertThat(DeloadTrigger.falling(List.of(150.0, 148.0, 149.0, 144.0))).isEmpty();
		assertThat(DeloadTrigger.falling(List.of(150.0, 149.5, 149.0, 148.5))).as("1 %, under the 2 % floor").isEmpty();
		assertThat(DeloadTrigger.falling(List.of(150.0, 148.0, 146.0))).as("too few sessions").isEmpty();
	}

	@Test
	void aWeekOfHighSorenessCallsADeload() {
		// Reports on 4 of the last 7 days, each day 6 or more on average (day 0: (7 + 5) / 2 = 6).
		java.time.Instant now = java.time.Instant.parse("2026-12-07T08:00:00Z");
		List<DeloadTrigger.SorenessReading> week = List.of(reading(now, 1, 7), reading(now, 2, 5), reading(now, 26, 8),
				reading(now, 50, 6), reading(now, 100, 9));
		assertThat(DeloadTrigger.lowReadiness(week, now))
			.hasValue("readiness low for a week (soreness 7.3/10 on average on 4 reported days of the last 7)");
		// One good day in between, or too few days, is not a low week.
		assertThat(DeloadTrigger.lowReadiness(List.of(reading(now, 1, 7), reading(now, 26, 2), reading(now, 50, 8),
				reading(now, 100, 9), reading(now, 120, 9)), now)).isEmpty();
		assertThat(DeloadTrigger.lowReadiness(week.subList(0, 3), now)).isEmpty();
		assertThat(DeloadTrigger.lowReadiness(List.of(reading(now, 1, 9), reading(now, 26, 9), reading(now, 50, 9),
				reading(now, 200, 9)), now)).as("8 days back is not this week").isEmpty();
	}

	private static DeloadTrigger.SorenessReading reading(java.time.Instant now, int hoursAgo, int score) {
		return new DeloadTrigger.SorenessReading(now.minusSeconds(3600L * hoursAgo), score);
	}

	@Test
	void itRemembersTheLastFourSessions() {
		assertThat(DeloadTrigger.remember(List.of(1.0, 2.0, 3.0, 4.0), 5.0)).containsExactly(2.0, 3.0, 4.0, 5.0);
		assertThat(DeloadTrigger.remember(null, 5.0)).containsExactly(5.0);
		assertThat(DeloadTrigger.remember(List.of(1.0), null)).containsExactly(1.0);
	}

}
