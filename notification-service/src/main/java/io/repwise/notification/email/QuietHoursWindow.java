package io.repwise.notification.email;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an email may go out, given the user's quiet hours: at once outside them, else when they
 * end, in the user's zone. A window may cross midnight (22:00–07:00). Times that do not exist on
 * a daylight-saving day move forward, as clocks do.
 */
public final class QuietHoursWindow {

	private QuietHoursWindow() {
	}

	public static Instant releaseAt(Instant now, LocalTime start, LocalTime end, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		LocalDate today = local.toLocalDate();
		if (start.isBefore(end)) {
			boolean quiet = !time.isBefore(start) && time.isBefore(end);
			return quiet ? ZonedDateTime.of(today, end, zone).toInstant() : now;
		}
		if (!time.isBefore(start)) {
			return ZonedDateTime.of(today.plusDays(1), end, zone).toInstant();
		}
		if (time.isBefore(end)) {
			return ZonedDateTime.of(today, end, zone).toInstant();
		}
		return now;
	}

}
