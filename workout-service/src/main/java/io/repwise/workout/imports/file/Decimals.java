package io.repwise.workout.imports.file;

import java.util.regex.Pattern;

/**
 * Numbers as exports write them: a point or a comma before the decimals ({@code 82.5},
 * {@code 82,5}), since the app writes what the phone's locale writes. No thousands separators,
 * exponents or words: a cell that is not plainly a number is not guessed at.
 */
final class Decimals {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

	private Decimals() {
	}

	/** The number, {@code null} when the text is blank. */
	static Double parse(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.length() > 40 || !DECIMAL.matcher(trimmed).matches()) {
			throw new BadValue(BadValue.quote(trimmed) + " is not a number");
		}
		return Double.parseDouble(trimmed.replace(',', '.'));
	}

}
