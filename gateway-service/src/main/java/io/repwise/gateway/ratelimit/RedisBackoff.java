package io.repwise.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * After a rate-limit check found Redis away, the following requests skip it for a few seconds
 * instead of each waiting out the Redis timeout: with Redis stopped, every request through the
 * gateway took a second longer. The first request after the pause asks Redis again.
 */
final class RedisBackoff {

	static final Duration PAUSE = Duration.ofSeconds(5);

	private final Clock clock;

	private volatile Instant skipUntil = Instant.MIN;

	RedisBackoff(Clock clock) {
		this.clock = clock;
	}

	boolean skipping() {
		return this.clock.instant().isBefore(this.skipUntil);
	}

	void failed() {
		this.skipUntil = this.clock.instant().plus(PAUSE);
	}

}
