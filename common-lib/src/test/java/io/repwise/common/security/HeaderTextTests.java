package io.repwise.common.security;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The character checks answer as the firewall's own regular expressions do, for every code point. */
class HeaderTextTests {

	/** Spring Security 7's StrictServerWebExchangeFirewall patterns, copied as they are there. */
	static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsTheFirewallsPatternsJudgeIt() {
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(HeaderText.isAllowedName(text)).as("name U+%04X", codePoint).isEqualTo(NAME.matcher(text).matches());
			assertThat(HeaderText.isAllowedValue(text)).as("value U+%04X", codePoint)
				.isEqualTo(VALUE.matcher(text).matches());
		}
	}

	@Test
	void typicalAndHostileHeadersAreJudgedTheSame() {
		List<String> samples = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "text/html;\tq=0.9", "Grüße, 東京 🏋️",
				"evil\r\nSet-Cookie: x=1", "nul\u0000", "del\u007f", "c1\u0085", "lone \ud800 surrogate",
				"unassigned \u0378", "tab\tinside", "\u2028line separator");
		for (String sample : samples) {
			assertThat(HeaderText.isAllowedName(sample)).as("name %s", sample).isEqualTo(NAME.matcher(sample).matches());
			assertThat(HeaderText.isAllowedValue(sample)).as("value %s", sample).isEqualTo(VALUE.matcher(sample).matches());
		}
		assertThat(HeaderText.isAllowedName(null)).isTrue();
		assertThat(HeaderText.isAllowedValue("evil\r\nSet-Cookie: x=1")).isFalse();
	}

}
