package io.repwise.workout.imports.file;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workout's length as the older Strong layouts write it: {@code 1h 5m}, {@code 45m},
 * {@code 1h}, {@code 50s}, {@code 1h 2m 3s}. A bare {@code 0} means unknown, as an empty cell does.
 */
final class Durations {

	private static final Pattern DURATION = Pattern
		.compile("(?:(\\d{1,4})\\s*h)?\\s*(?:(\\d{1,5})\\s*m(?:in)?)?\\s*(?:(\\d{1,6})\\s*s)?");

	private Durations() {
	}

	/** Seconds, {@code null} when the text is blank. */
	static Long seconds(String text) {
		String trimmed = text.strip().toLowerCase(Locale.ROOT);
		if (trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.equals("0")) {
			return 0L;
		}
		Matcher matcher = (trimmed.length() <= 30) ? DURATION.matcher(trimmed) : null;
		if (matcher == null || !matcher.matches()
				|| (matcher.group(1) == null && matcher.group(2) == null && matcher.group(3) == null)) {
			throw new BadValue(BadValue.quote(text.strip()) + " is not a duration such as 1h 5m");
		}
		return part(matcher.group(1)) * 3600 + part(matcher.group(2)) * 60 + part(matcher.group(3));
	}

	private static long part(String digits) {
		return (digits != null) ? Long.parseLong(digits) : 0;
	}

}
