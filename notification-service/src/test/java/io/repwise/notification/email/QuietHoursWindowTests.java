package io.repwise.notification.email;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursWindowTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalTime TEN_PM = LocalTime.of(22, 0);

	static final LocalTime SEVEN_AM = LocalTime.of(7, 0);

	@Test
	void outsideQuietHoursEmailGoesAtOnce() {
		Instant noon = Instant.parse("2026-06-10T10:00:00Z"); // 12:00 in Berlin

		assertThat(QuietHoursWindow.releaseAt(noon, TEN_PM, SEVEN_AM, BERLIN)).isEqualTo(noon);
	}

	@Test
	void aWindowAcrossMidnightHoldsEmailUntilTheMorning() {
		// 23:30 and 05:00 in Berlin (UTC+2 in June) both wait for 07:00, 05:00 UTC.
		assertThat(QuietHoursWindow.releaseAt(Instant.parse("2026-06-10T21:30:00Z"), TEN_PM, SEVEN_AM, BERLIN))
			.isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
		assertThat(QuietHoursWindow.releaseAt(Instant.parse("2026-06-11T03:00:00Z"), TEN_PM, SEVEN_AM, BERLIN))
			.isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
	}

	@Test
	void theMorningAfterAClockChangeIsStillSevenLocal() {
		// Clocks go forward on 29 March 2026: 23:00 CET (22:00 UTC) waits for 07:00 CEST, 05:00 UTC.
		assertThat(QuietHoursWindow.releaseAt(Instant.parse("2026-03-28T22:00:00Z"), TEN_PM, SEVEN_AM, BERLIN))
			.isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
		// Clocks go back on 25 October 2026: 23:00 CEST (21:00 UTC) waits for 07:00 CET, 06:00 UTC.
		assertThat(QuietHoursWindow.releaseAt(Instant.parse("2026-10-24T21:00:00Z"), TEN_PM, SEVEN_AM, BERLIN))
			.isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
	}

	@Test
	void anEndThatDoesNotExistOnTheDayMovesForwardLikeTheClocks() {
		// 02:30 does not exist in Berlin on 29 March 2026; the window ends at 03:30 CEST, 01:30 UTC.
		Instant oneFifteen = Instant.parse("2026-03-29T00:15:00Z"); // 01:15 CET

		assertThat(QuietHoursWindow.releaseAt(oneFifteen, LocalTime.of(1, 0), LocalTime.of(2, 30), BERLIN))
			.isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	@Test
	void aDaytimeWindowEndsTheSameDay() {
		Instant twoPm = Instant.parse("2026-06-10T12:00:00Z"); // 14:00 in Berlin

		assertThat(QuietHoursWindow.releaseAt(twoPm, LocalTime.of(13, 0), LocalTime.of(15, 0), BERLIN))
			.isEqualTo(Instant.parse("2026-06-10T13:00:00Z"));
		assertThat(QuietHoursWindow.releaseAt(twoPm, LocalTime.of(15, 0), LocalTime.of(16, 0), BERLIN)).isEqualTo(twoPm);
	}

}
