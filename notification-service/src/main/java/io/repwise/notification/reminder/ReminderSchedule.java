package io.repwise.notification.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a reminder is next due: the first chosen weekday at the chosen local time, in the user's
 * zone, after a given instant. Computed in local time, so 07:00 stays 07:00 across daylight-saving
 * changes; a time that does not exist that day (02:30 on the spring change) moves forward with
 * the clocks, and one that happens twice (the autumn change) fires at its first occurrence.
 */
public record ReminderSchedule(Set<DayOfWeek> weekdays, LocalTime time, ZoneId zone) {

	public ReminderSchedule {
		if (weekdays.isEmpty()) {
			throw new IllegalArgumentException("A reminder needs at least one weekday");
		}
		weekdays = Set.copyOf(weekdays);
	}

	public Instant nextAfter(Instant after) {
		LocalDate day = after.atZone(this.zone).toLocalDate();
		for (int i = 0; i < 8; i++) {
			LocalDate candidate = day.plusDays(i);
			if (this.weekdays.contains(candidate.getDayOfWeek())) {
				Instant due = ZonedDateTime.of(candidate, this.time, this.zone).withEarlierOffsetAtOverlap().toInstant();
				if (due.isAfter(after)) {
					return due;
				}
			}
		}
		throw new IllegalStateException("unreachable: a week holds every weekday");
	}

}
