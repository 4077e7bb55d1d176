package io.repwise.common.security;

/**
 * The header names and values Spring Security's {@code StrictServerWebExchangeFirewall} accepts,
 * checked character by character instead of with its Unicode-class regular expressions:
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for names and the same with tab allowed for values.
 * The firewall checks every request and response header with them, which cost the gateway about
 * 2.5 % of its CPU per request (docs/PERFORMANCE.md); printable ASCII, nearly every header, is
 * decided here without a regex. {@code HeaderTextTests} holds both to the same answers.
 */
final class HeaderText {

	private HeaderText() {
	}

	/** A header name the firewall lets through: assigned code points, no control characters. */
	static boolean isAllowedName(String name) {
		return name == null || isAllowed(name, false);
	}

	/** A header value the firewall lets through: as a name, and tabs too. */
	static boolean isAllowedValue(String value) {
		return value == null || isAllowed(value, true);
	}

	private static boolean isAllowed(String text, boolean tab) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) {
				continue;
			}
			int codePoint = text.codePointAt(i);
			if (Character.isSupplementaryCodePoint(codePoint)) {
				i++;
			}
			boolean allowedControl = tab && codePoint == '\t';
			if ((Character.isISOControl(codePoint) && !allowedControl)
					|| Character.getType(codePoint) == Character.UNASSIGNED) {
				return false;
			}
		}
		return true;
	}

}
