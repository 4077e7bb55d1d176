package io.repwise.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leases against a token bucket that behaves as the gateway's Lua script does (refill at the
 * rate, capped at the capacity, a request for n tokens granted whole or not at all), shared by
 * replicas as Redis is.
 */
class TokenLeasesTests {

	long now = 0;

	final Bucket redis = new Bucket(20, 40);

	@Test
	void aBusyUsersRequestsAskRedisOnceForEveryLease() {
		TokenLeases replica = replica(5);
		for (int i = 0; i < 20; i++) {
			assertThat(allowed(replica)).isTrue();
			this.now += TimeUnit.MILLISECONDS.toNanos(10);
		}
		assertThat(this.redis.calls).as("20 requests, leases of 5").isEqualTo(4);
	}

	@Test
	void remainingCountsTheLeaseStillHeld() {
		TokenLeases replica = replica(5);
		// 40 in the bucket; a lease of 5 leaves 35 in Redis and 4 in the lease after this request.
		assertThat(replica.isAllowed("user", "lifter").block().getHeaders())
			.containsEntry(RedisRateLimiter.REMAINING_HEADER, "39")
			.containsEntry(RedisRateLimiter.REQUESTED_TOKENS_HEADER, "1");
		assertThat(replica.isAllowed("user", "lifter").block().getHeaders())
			.containsEntry(RedisRateLimiter.REMAINING_HEADER, "38");
	}

	@Test
	void aLeaseOlderThanItsLifetimeIsNotSpent() {
		TokenLeases replica = replica(5);
		allowed(replica);
		this.now += TokenLeases.LIFETIME.toNanos();
		allowed(replica);
		assertThat(this.redis.calls).as("the old lease dropped, a new one taken").isEqualTo(2);
	}

	@Test
	void aBucketBelowALeaseIsSpentOneTokenAtATimeToTheLastThenRefuses() {
		TokenLeases replica = replica(5);
		int passed = 0;
		while (allowed(replica)) {
			passed++;
		}
		assertThat(passed).as("the whole burst, none lost to leases").isEqualTo(40);
		RateLimiter.Response refused = replica.isAllowed("user", "lifter").block();
		assertThat(refused.isAllowed()).isFalse();
		assertThat(refused.getHeaders()).containsEntry(RedisRateLimiter.REMAINING_HEADER, "0");
	}

	/**
	 * 30 requests of one user at once, before Redis has answered any (ComposeSuiteIT's burst
	 * through the gateway): one lease and 29 single tokens, 34 of the 40; a lease each took 5 a
	 * request and refused 22 of them.
	 */
	@Test
	void aConcurrentBurstTakesOneLeaseNotALeaseEach() {
		Sinks.Empty<Void> redisAnswers = Sinks.empty();
		this.redis.answerAfter(redisAnswers.asMono());
		TokenLeases replica = replica(5);
		List<Mono<RateLimiter.Response>> burst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			burst.add(replica.isAllowed("user", "lifter").cache());
			burst.get(i).subscribe();
		}
		redisAnswers.tryEmitEmpty();

		assertThat(burst).allSatisfy((response) -> assertThat(response.block().isAllowed()).isTrue());
		assertThat(this.redis.tokens).isEqualTo(40 - 34);
	}

	@Test
	void withLeasesOfOneEveryRequestAsksRedis() {
		TokenLeases replica = replica(1);
		for (int i = 0; i < 10; i++) {
			allowed(replica);
		}
		assertThat(this.redis.calls).isEqualTo(10);
		assertThat(replica.held()).isZero();
	}

	/**
	 * Three replicas, one user sending as fast as they are let through for ten simulated seconds,
	 * spread at random: never more than the rate allows over the whole run (capacity plus rate
	 * times time), and within any one second never more than the capacity plus one lease per replica.
	 */
	@Test
	void acrossReplicasTheRateHoldsAndABurstExceedsTheCapacityByAtMostALeasePerReplica() {
		TokenLeases[] replicas = { replica(5), replica(5), replica(5) };
		Random random = new Random(7);
		int[] perMillisecond = new int[10_000];
		int passed = 0;
		for (int ms = 0; ms < 10_000; ms++) {
			this.now = TimeUnit.MILLISECONDS.toNanos(ms);
			for (int attempt = 0; attempt < 3; attempt++) {
				if (allowed(replicas[random.nextInt(replicas.length)])) {
					perMillisecond[ms]++;
					passed++;
				}
			}
		}
		assertThat(passed).isLessThanOrEqualTo(40 + 20 * 10);
		assertThat(passed).as("the rate is not lost to leases either").isGreaterThanOrEqualTo(40 + 20 * 10 - 3 * 5);
		for (int start = 0; start + 1000 <= perMillisecond.length; start += 50) {
			int inSecond = 0;
			for (int ms = start; ms < start + 1000; ms++) {
				inSecond += perMillisecond[ms];
			}
			assertThat(inSecond).as("one second from %d ms", start).isLessThanOrEqualTo(40 + 20 + 3 * 4);
		}
	}

	private boolean allowed(TokenLeases replica) {
		return replica.isAllowed("user", "lifter").block().isAllowed();
	}

	private TokenLeases replica(int lease) {
		return new TokenLeases(this.redis.asking(1), this.redis.asking(lease), lease, () -> this.now);
	}

	/** The Lua script's bucket, in the test's time. */
	final class Bucket {

		final int rate;

		final int capacity;

		double tokens;

		long refreshed;

		int calls;

		Bucket(int rate, int capacity) {
			this.rate = rate;
			this.capacity = capacity;
			this.tokens = capacity;
		}

		/** Redis answers nothing until this completes. */
		Mono<Void> answering = Mono.empty();

		void answerAfter(Mono<Void> gate) {
			this.answering = gate;
		}

		RedisRateLimiter asking(int requested) {
			return new RedisRateLimiter(this.rate, this.capacity, requested) {
				@Override
				public Mono<Response> isAllowed(String routeId, String id) {
					return Mono.fromSupplier(() -> take(requested)).delaySubscription(Bucket.this.answering);
				}
			};
		}

		RateLimiter.Response take(int requested) {
			this.calls++;
			long current = TokenLeasesTests.this.now;
			this.tokens = Math.min(this.capacity, this.tokens + (current - this.refreshed) / 1e9 * this.rate);
			this.refreshed = current;
			boolean allowed = this.tokens >= requested;
			if (allowed) {
				this.tokens -= requested;
			}
			return new RateLimiter.Response(allowed,
					Map.of(RedisRateLimiter.REMAINING_HEADER, String.valueOf((long) this.tokens),
							RedisRateLimiter.REPLENISH_RATE_HEADER, String.valueOf(this.rate),
							RedisRateLimiter.BURST_CAPACITY_HEADER, String.valueOf(this.capacity),
							RedisRateLimiter.REQUESTED_TOKENS_HEADER, String.valueOf(requested)));
		}

	}

}
