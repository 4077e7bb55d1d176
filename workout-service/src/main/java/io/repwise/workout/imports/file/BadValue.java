package io.repwise.workout.imports.file;

/**
 * A cell's text that is not what its column holds, with the reason in words. Carries no stack
 * trace: a file of bad rows throws one per row, and it never leaves the package.
 */
final class BadValue extends RuntimeException {

	private static final long serialVersionUID = 1L;

	BadValue(String reason) {
		super(reason, null, false, false);
	}

	/** A cell's text for a message, quoted and cut short. */
	static String quote(String text) {
		String shown = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
		return "\"" + shown + "\"";
	}

}
