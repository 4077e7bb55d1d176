package io.repwise.workout.imports.file;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local dates and times exports write, in the phone's locale: ISO-like
 * ({@code 2024-03-05 18:02:11}, {@code 2024-03-05T18:02}, {@code 2024/03/05 18:02}), dotted
 * European ({@code 05.03.2019 18:02}), slashed ({@code 13/03/2024 18:02},
 * {@code 03/13/2024 6:02 PM}) and Hevy's named months ({@code 5 Mar 2024, 18:02}). A slashed date
 * is read only up to its order: which number is the day is decided for the whole file (see
 * {@link SlashedDateOrder}).
 */
final class Dates {

	private static final String TIME = "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<sec>\\d{2})(?:[.,](?<fraction>\\d{1,9}))?)?"
			+ "(?:\\s*(?<half>[AaPp])\\.?\\s*[Mm]\\.?)?";

	private static final Pattern YEAR_FIRST = Pattern
		.compile("(?<year>\\d{4})(?<sep>[-/])(?<one>\\d{1,2})\\k<sep>(?<two>\\d{1,2})(?:\\s*T\\s*|,?\\s+)" + TIME);

	private static final Pattern DOTTED = Pattern
		.compile("(?<two>\\d{1,2})\\.(?<one>\\d{1,2})\\.(?<year>\\d{4}),?\\s+" + TIME);

	private static final Pattern SLASHED = Pattern
		.compile("(?<one>\\d{1,2})/(?<two>\\d{1,2})/(?<year>\\d{4}),?\\s+" + TIME);

	private static final Pattern DAY_MONTH_NAME = Pattern
		.compile("(?<day>\\d{1,2})\\s+(?<month>[A-Za-z]{3,9})\\.?,?\\s+(?<year>\\d{4}),?\\s+" + TIME);

	private static final Pattern MONTH_NAME_DAY = Pattern
		.compile("(?<month>[A-Za-z]{3,9})\\.?\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4}),?\\s+" + TIME);

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
			Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
			Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6),
			Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8),
			Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10),
			Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12),
			Map.entry("december", 12));

	private Dates() {
	}

	/** Reads a date and time up to a slashed date's order; a text that fits no pattern is a {@link BadValue}. */
	static Reading read(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new BadValue("is empty");
		}
		if (trimmed.length() <= 40) {
			Matcher matcher;
			if ((matcher = YEAR_FIRST.matcher(trimmed)).matches() || (matcher = DOTTED.matcher(trimmed)).matches()) {
				return reading(matcher, number(matcher, "one"), number(matcher, "two"), false, trimmed);
			}
			if ((matcher = SLASHED.matcher(trimmed)).matches()) {
				return reading(matcher, number(matcher, "one"), number(matcher, "two"), true, trimmed);
			}
			if ((matcher = DAY_MONTH_NAME.matcher(trimmed)).matches()
					|| (matcher = MONTH_NAME_DAY.matcher(trimmed)).matches()) {
				Integer month = MONTHS.get(matcher.group("month").toLowerCase(Locale.ROOT));
				if (month != null) {
					return reading(matcher, month, number(matcher, "day"), false, trimmed);
				}
			}
		}
		throw new BadValue(BadValue.quote(trimmed) + " is not a date and time such as 2024-03-05 18:02");
	}

	private static Reading reading(Matcher matcher, int first, int second, boolean slashed, String text) {
		int hour = number(matcher, "hour");
		String half = matcher.group("half");
		if (half != null) {
			if (hour < 1 || hour > 12) {
				throw new BadValue(BadValue.quote(text) + " has an hour that is not 1 to 12 before AM or PM");
			}
			hour = (hour % 12) + (half.equalsIgnoreCase("p") ? 12 : 0);
		}
		String fraction = matcher.group("fraction");
		int nanos = (fraction != null) ? Integer.parseInt((fraction + "00000000").substring(0, 9)) : 0;
		try {
			LocalTime time = LocalTime.of(hour, number(matcher, "minute"),
					(matcher.group("sec") != null) ? number(matcher, "sec") : 0, nanos);
			return new Reading(text, number(matcher, "year"), first, second, slashed, time);
		}
		catch (DateTimeException ex) {
			throw new BadValue(BadValue.quote(text) + " is not a time of day");
		}
	}

	private static int number(Matcher matcher, String group) {
		return Integer.parseInt(matcher.group(group));
	}

	/**
	 * A date and time as written. For a slashed date, {@code first} and {@code second} are the
	 * numbers in the order written; otherwise {@code first} is the month and {@code second} the day.
	 */
	record Reading(String text, int year, int first, int second, boolean slashed, LocalTime time) {

		/** What this slashed date alone says about the file's order, {@code null} when it cannot tell. */
		DateOrder evidence() {
			if (!this.slashed) {
				return null;
			}
			if (this.first > 12 && this.second <= 12) {
				return DateOrder.DAY_FIRST;
			}
			if (this.second > 12 && this.first <= 12) {
				return DateOrder.MONTH_FIRST;
			}
			return null;
		}

		/** The local date and time, a slashed date read in {@code order}; an impossible date is a {@link BadValue}. */
		LocalDateTime resolve(DateOrder order) {
			boolean dayFirst = this.slashed && order == DateOrder.DAY_FIRST;
			int month = dayFirst ? this.second : this.first;
			int day = dayFirst ? this.first : this.second;
			try {
				return LocalDateTime.of(LocalDate.of(this.year, month, day), this.time);
			}
			catch (DateTimeException ex) {
				String read = this.slashed ? (dayFirst ? " (read day first)" : " (read month first)") : "";
				throw new BadValue(BadValue.quote(this.text) + " is not a date of the calendar" + read);
			}
		}

	}

}
