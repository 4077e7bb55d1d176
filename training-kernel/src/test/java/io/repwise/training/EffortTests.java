package io.repwise.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EffortTests {

	@Test
	void rpeAndRirAreOneScale() {
		assertThat(Effort.repsInReserve(8.0, null)).isEqualTo(2.0);
		assertThat(Effort.repsInReserve(9.5, null)).isEqualTo(0.5);
		assertThat(Effort.repsInReserve(null, 3)).isEqualTo(3.0);
		assertThat(Effort.rpe(2)).isEqualTo(8.0);
	}

	@Test
	void rpeWinsWhenBothAreLogged() {
		assertThat(Effort.repsInReserve(10.0, 3)).isEqualTo(0.0);
	}

	@Test
	void nothingLoggedIsNoAnswerNotZero() {
		assertThat(Effort.repsInReserve(null, null)).isNull();
	}

}
