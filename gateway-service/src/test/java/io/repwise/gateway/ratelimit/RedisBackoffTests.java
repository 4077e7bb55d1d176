package io.repwise.gateway.ratelimit;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis away: the limiter's first check fails open (as RedisRateLimiter does after its timeout),
 * and the next requests pass at once without asking it until the pause is over.
 */
class RedisBackoffTests {

	final AdjustableClock clock = new AdjustableClock();

	final AwayLimiter user = new AwayLimiter();

	final RateLimitFilter filter = new RateLimitFilter(
			new RateLimiters(TokenLeases.of(this.user, this.user, 5), TokenLeases.of(new AwayLimiter(), null, 1)), null,
			new SimpleMeterRegistry(), this.clock);

	@Test
	void afterOneFailedCheckRedisIsLeftAloneForThePauseThenAskedAgain() {
		for (int i = 0; i < 5; i++) {
			ServerWebExchange exchange = signedIn();
			this.filter.filter(exchange, (passed) -> Mono.empty()).block();
			assertThat(exchange.getResponse().getHeaders().getFirst(RedisRateLimiter.REMAINING_HEADER)).isEqualTo("-1");
		}
		assertThat(this.user.checks.get()).as("Redis asked once, not once per request").isEqualTo(1);

		this.clock.advance(RedisBackoff.PAUSE.plusMillis(1));
		this.filter.filter(signedIn(), (passed) -> Mono.empty()).block();
		assertThat(this.user.checks.get()).isEqualTo(2);
	}

	private static ServerWebExchange signedIn() {
		Principal principal = () -> "lifter";
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/workouts")).mutate()
			.principal(Mono.just(principal))
			.build();
	}

	/** Answers as RedisRateLimiter does when Redis fails: allowed, remaining -1. */
	static final class AwayLimiter extends RedisRateLimiter {

		final AtomicInteger checks = new AtomicInteger();

		AwayLimiter() {
			super(20, 40);
		}

		@Override
		public Mono<Response> isAllowed(String routeId, String id) {
			this.checks.incrementAndGet();
			return Mono.just(RateLimitFilter.UNLIMITED);
		}

	}

	static final class AdjustableClock extends Clock {

		private Instant now = Instant.parse("2026-12-03T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
