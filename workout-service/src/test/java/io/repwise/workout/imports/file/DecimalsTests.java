package io.repwise.workout.imports.file;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers as phones in any locale write them, and nothing guessed beyond that. */
class DecimalsTests {

	@Test
	void aPointOrACommaBeforeTheDecimals() {
		assertThat(Decimals.parse("82.5")).isEqualTo(82.5);
		assertThat(Decimals.parse("82,5")).isEqualTo(82.5);
		assertThat(Decimals.parse(" 82,50 ")).isEqualTo(82.5);
		assertThat(Decimals.parse("100")).isEqualTo(100.0);
		assertThat(Decimals.parse("100.")).isEqualTo(100.0);
		assertThat(Decimals.parse(",5")).isEqualTo(0.5);
		assertThat(Decimals.parse("-5")).as("a sign is read, so a negative can be named as such").isEqualTo(-5.0);
	}

	@Test
	void emptyIsNotGiven() {
		assertThat(Decimals.parse("")).isNull();
		assertThat(Decimals.parse("   ")).isNull();
	}

	@Test
	void anythingElseIsNotANumber() {
		for (String text : new String[] { "abc", "1,000.5", "1.000,5", "1e3", "NaN", "Infinity", "--1", "8 reps", "½",
				"0x10", "1 000" }) {
			assertThatThrownBy(() -> Decimals.parse(text)).as(text)
				.isInstanceOf(BadValue.class)
				.hasMessage("\"" + text + "\" is not a number");
		}
	}

}
