package io.repwise.user.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	@Test
	void lockDoublesFromThirtySecondsUpToFifteenMinutes() {
		assertThat(LoginThrottle.lockDuration(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(LoginThrottle.lockDuration(1)).isEqualTo(Duration.ofSeconds(60));
		assertThat(LoginThrottle.lockDuration(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(LoginThrottle.lockDuration(5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(LoginThrottle.lockDuration(1000)).isEqualTo(Duration.ofMinutes(15));
	}

}
