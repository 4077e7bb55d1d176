package io.repwise.common.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayBackoffTests {

	@Test
	void doublesFromOneSecondUpToTheMaximum() {
		Duration max = Duration.ofMinutes(5);
		assertThat(OutboxRelay.backoff(1, max)).isEqualTo(Duration.ofSeconds(1));
		assertThat(OutboxRelay.backoff(2, max)).isEqualTo(Duration.ofSeconds(2));
		assertThat(OutboxRelay.backoff(9, max)).isEqualTo(Duration.ofSeconds(256));
		assertThat(OutboxRelay.backoff(10, max)).isEqualTo(max);
		assertThat(OutboxRelay.backoff(500, max)).isEqualTo(max);
	}

}
