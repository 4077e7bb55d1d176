package io.repwise.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deload called by performance rather than the calendar: the best e1RM falling session after
 * session, {@value #SESSIONS} times in a row and by at least {@value #MIN_DROP_PERCENT} % in all.
 * One bad day is noise; three falling ones are fatigue outrunning recovery (the reasoning behind
 * deloading on performance, Bell et al. 2023). Both services ask it, so a routine's stored rule
 * and the coach's advice call the same deload for the same sessions.
 */
public final class DeloadTrigger {

	/** Falling sessions in a row that call a deload. */
	public static final int SESSIONS = 3;

	/** The smallest total drop over them, so rounding and a half-point of RPE are not a trend. */
	public static final double MIN_DROP_PERCENT = 2.0;

	private DeloadTrigger() {
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
