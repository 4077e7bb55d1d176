package io.repwise.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeloadTriggerTests {

	@Test
	void threeFallingSessionsCallADeloadSayingWhy() {
		// 150 → 148 → 146 → 144: three falls, 4 % in all.
		assertThat(DeloadTrigger.falling(List.of(150.0, 148.0, 146.0, 144.0)))
			.hasValue("e1RM fell 3 sessions in a row (150.0 → 148.0 → 146.0 → 144.0 kg, −4.0 %)");
	}

	@Test
	void oneGoodSessionOrATinyDriftIsNoTrend() {
		assertThat(DeloadTrigger.falling(List.of(150.0, 148.0, 149.0, 144.0))).isEmpty();
		assertThat(DeloadTrigger.falling(List.of(150.0, 149.5, 149.0, 148.5))).as("1 %, under the 2 % floor").isEmpty();
		assertThat(DeloadTrigger.falling(List.of(150.0, 148.0, 146.0))).as("too few sessions").isEmpty();
	}

	@Test
	void itRemembersTheLastFourSessions() {
		assertThat(DeloadTrigger.remember(List.of(1.0, 2.0, 3.0, 4.0), 5.0)).containsExactly(2.0, 3.0, 4.0, 5.0);
		assertThat(DeloadTrigger.remember(null, 5.0)).containsExactly(5.0);
		assertThat(DeloadTrigger.remember(List.of(1.0), null)).containsExactly(1.0);
	}

}
