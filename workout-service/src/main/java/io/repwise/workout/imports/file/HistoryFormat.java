package io.repwise.workout.imports.file;

import java.util.Locale;

/**
 * The exports Repwise reads, each named by its header line. Strong changed its layout twice, so
 * each layout is its own format: the same column can mean other units in each.
 */
public enum HistoryFormat {

	/** Strong today: comma-separated, units in the header, one {@code Workout #} per workout. */
	STRONG_V6("strong-v6", "Strong (v6)"),

	/** Older Strong: comma-separated, no units anywhere in the file, durations like {@code 1h 5m}. */
	STRONG_V5("strong-v5", "Strong (v5)"),

	/** The oldest Strong: semicolon-separated with comma decimals and a unit on every row. */
	STRONG_LEGACY("strong-legacy", "Strong (legacy, semicolons)"),

	/** Hevy: comma-separated, quoted, units in the header, start and end times. */
	HEVY("hevy", "Hevy");

	private final String apiName;

	private final String title;

	HistoryFormat(String apiName, String title) {
		this.apiName = apiName;
		this.title = title;
	}

	/** How the API names this format: {@code strong-v6}, {@code strong-v5}, {@code strong-legacy}, {@code hevy}. */
	public String apiName() {
		return this.apiName;
	}

	/** The name a person knows the export by, for messages. */
	public String title() {
		return this.title;
	}

	/** The format whose {@link #apiName()} this is, any case and surrounding space; {@code null} when none. */
	public static HistoryFormat fromApiName(String text) {
		if (text == null) {
			return null;
		}
		String name = text.trim().toLowerCase(Locale.ROOT);
		for (HistoryFormat format : values()) {
			if (format.apiName.equals(name)) {
				return format;
			}
		}
		return null;
	}

}
