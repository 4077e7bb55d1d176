package io.repwise.notification.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ReminderSchedule EVERY_DAY_AT_SEVEN = new ReminderSchedule(EnumSet.allOf(DayOfWeek.class),
			LocalTime.of(7, 0), BERLIN);

	@Test
	void sevenInBerlinIsSixUtcInWinterAndFiveInSummer() {
		// Saturday 28 March 2026, 07:30 CET: next is Sunday 29 March, the day clocks go forward.
		assertThat(EVERY_DAY_AT_SEVEN.nextAfter(Instant.parse("2026-03-28T06:30:00Z")))
			.isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
		assertThat(EVERY_DAY_AT_SEVEN.nextAfter(Instant.parse("2026-03-27T07:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
		// Sunday 25 October 2026, clocks go back: 07:00 CET is 06:00 UTC again.
		assertThat(EVERY_DAY_AT_SEVEN.nextAfter(Instant.parse("2026-10-24T05:00:00Z")))
			.isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
	}

	@Test
	void onlyChosenWeekdays() {
		ReminderSchedule mondaysAndThursdays = new ReminderSchedule(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
				LocalTime.of(18, 30), BERLIN);

		// Tuesday 24 November 2026 → Thursday 26 November, 18:30 CET = 17:30 UTC.
		assertThat(mondaysAndThursdays.nextAfter(Instant.parse("2026-11-24T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-26T17:30:00Z"));
		// Exactly at a due instant, the next one is a later day.
		assertThat(mondaysAndThursdays.nextAfter(Instant.parse("2026-11-26T17:30:00Z")))
			.isEqualTo(Instant.parse("2026-11-30T17:30:00Z"));
	}

	@Test
	void aTimeSkippedByTheClockChangeFiresWhenTheClocksJumpPastIt() {
		ReminderSchedule halfPastTwo = new ReminderSchedule(Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), BERLIN);

		// 02:30 does not exist on 29 March 2026 in Berlin: it fires at 03:30 CEST, 01:30 UTC.
		assertThat(halfPastTwo.nextAfter(Instant.parse("2026-03-28T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		// 02:30 happens twice on 25 October 2026: it fires at the first, 02:30 CEST = 00:30 UTC.
		assertThat(halfPastTwo.nextAfter(Instant.parse("2026-10-24T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

}
