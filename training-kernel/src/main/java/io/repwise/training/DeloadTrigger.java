package io.repwise.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deload called by the lifter's state rather than the calendar. By performance: the best e1RM
 * falling session after session, {@value #SESSIONS} times in a row and by at least
 * {@value #MIN_DROP_PERCENT} % in all; one bad day is noise, three falling ones are fatigue
 * outrunning recovery (the reasoning behind deloading on performance, Bell et al. 2023). By
 * readiness: soreness reported on at least {@value #LOW_DAYS} of the last 7 days, each of those
 * days averaging {@value #LOW_SORENESS} or more out of 10. Both services ask it, so a routine's
 * stored rule and the coach's advice call the same deload for the same sessions and reports.
 */
public final class DeloadTrigger {

	/** Falling sessions in a row that call a deload. */
	public static final int SESSIONS = 3;

	/** The smallest total drop over them, so rounding and a half-point of RPE are not a trend. */
	public static final double MIN_DROP_PERCENT = 2.0;

	/** Reported days of the last seven that a low-readiness week needs. */
	public static final int LOW_DAYS = 4;

	/** A day's mean soreness (0–10) at or above which it counts as low readiness. */
	public static final double LOW_SORENESS = 6;

	private DeloadTrigger() {
	}

	/** One muscle's soreness score (0–10) in a report. */
	public record SorenessReading(Instant reportedAt, int score) {
	}

	/**
	 * Why a deload is due from a week of soreness reports, or empty. Days are the 24-hour spans
	 * counted back from {@code now}; a day's figure is the mean of every score reported in it.
	 */
	public static Optional<String> lowReadiness(List<SorenessReading> readings, Instant now) {
		double[] sum = new double[7];
		int[] count = new int[7];
		for (SorenessReading reading : readings) {
			long day = Duration.between(reading.reportedAt(), now).toHours() / 24;
			if (day >= 0 && day < 7) {
				sum[(int) day] += reading.score();
				count[(int) day]++;
			}
		}
		int days = 0;
		double total = 0;
		for (int day = 0; day < 7; day++) {
			if (count[day] == 0) {
				continue;
			}
			double mean = sum[day] / count[day];
			if (mean < LOW_SORENESS) {
				return Optional.empty();
			}
			days++;
			total += mean;
		}
		if (days < LOW_DAYS) {
			return Optional.empty();
		}
		return Optional.of("readiness low for a week (soreness " + Math.round(total / days * 10) / 10.0 + "/10 on average on "
				+ days + " reported days of the last 7)");
	}

	/** The last {@value #SESSIONS} + 1 sessions' best e1RM, oldest first, with {@code latest} added. */
	public static List<Double> remember(List<Double> recent, Double latest) {
		List<Double> kept = new ArrayList<>((recent != null) ? recent : List.of());
		if (latest != null) {
			kept.add(latest);
		}
		return List.copyOf(kept.subList(Math.max(0, kept.size() - (SESSIONS + 1)), kept.size()));
	}

	/**
	 * Why a deload is due, or empty.
	 *
	 * @param recent best e1RM of the last sessions, oldest first (kilograms)
	 */
	public static Optional<String> falling(List<Double> recent) {
		if (recent.size() < SESSIONS + 1) {
			return Optional.empty();
		}
		List<Double> last = recent.subList(recent.size() - (SESSIONS + 1), recent.size());
		for (int i = 1; i < last.size(); i++) {
			if (last.get(i) >= last.get(i - 1)) {
				return Optional.empty();
			}
		}
		double first = last.get(0);
		double end = last.get(last.size() - 1);
		double drop = (first - end) / first * 100;
		if (drop < MIN_DROP_PERCENT) {
			return Optional.empty();
		}
		StringBuilder trend = new StringBuilder();
		for (double e1rm : last) {
			trend.append((trend.length() == 0) ? "" : " → ").append(Math.round(e1rm * 10) / 10.0);
		}
		return Optional.of("e1RM fell " + SESSIONS + " sessions in a row (" + trend + " kg, −" + Math.round(drop * 10) / 10.0
				+ " %)");
	}

}
