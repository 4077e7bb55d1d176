package io.repwise.gateway.ratelimit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * One bucket's checks, taking tokens from Redis a few at a time. Asking Redis for every request
 * cost a signed-in request through the gateway a round trip and about 8 % of the gateway's CPU
 * (docs/PERFORMANCE.md). Instead, the first request of a key takes a lease of {@code size} tokens
 * from the shared Redis bucket (the same Lua script, asking for that many at once); the next
 * requests through this replica spend it locally until it is used up or a second old. A key whose
 * bucket holds fewer than {@code size} tokens is asked for one token a request, as before, and so
 * are the requests that arrive while the key's lease is still being asked for.
 * <p>
 * Every request let through spent a token in Redis, so the rate stays the configured one across
 * all replicas. What changes: a lease taken up to a second ago can be spent at once, so a burst
 * may exceed the bucket's capacity by at most {@code size - 1} per replica; and tokens of a lease
 * that expires unspent (a user who slowed down) are lost to that user's burst, never to the rate,
 * since a bucket below a lease is only asked for single tokens. With {@code size} 1 nothing is
 * leased (the sign-in bucket: every guess counts in Redis at once).
 */
final class TokenLeases {

	/** How long a lease may be spent: short enough that it cannot carry an old burst far. */
	static final Duration LIFETIME = Duration.ofSeconds(1);

	/** Above this many keys, expired leases are swept out when a new one is taken. */
	static final int SWEEP_ABOVE = 10_000;

	private final RedisRateLimiter single;

	private final RedisRateLimiter lease;

	private final int size;

	private final LongSupplier nanoTime;

	private final Map<String, Lease> leases = new ConcurrentHashMap<>();

	/** Keys whose lease is being asked for now. */
	private final Set<String> leasing = ConcurrentHashMap.newKeySet();

	/**
	 * @param single asks for one token
	 * @param lease asks for {@code size} tokens of the same bucket; ignored when {@code size} is 1
	 */
	TokenLeases(RedisRateLimiter single, RedisRateLimiter lease, int size, LongSupplier nanoTime) {
		this.single = single;
		this.lease = lease;
		this.size = size;
		this.nanoTime = nanoTime;
	}

	static TokenLeases of(RedisRateLimiter single, RedisRateLimiter lease, int size) {
		return new TokenLeases(single, lease, size, System::nanoTime);
	}

	/** Whether the request of {@code key} in {@code bucket} may pass, with the limit's headers. */
	Mono<RateLimiter.Response> isAllowed(String bucket, String key) {
		if (this.size <= 1) {
			return this.single.isAllowed(bucket, key);
		}
		long now = this.nanoTime.getAsLong();
		Lease current = this.leases.get(key);
		RateLimiter.Response local = (current != null) ? current.take(now) : null;
		if (local != null) {
			return Mono.just(local);
		}
		return Mono.defer(() -> {
			if (!this.leasing.add(key)) {
				// A lease for this key is on its way: a burst of concurrent requests takes one lease
				// and single tokens, not a lease each (which emptied a bucket of 40 in 8 requests).
				return this.single.isAllowed(bucket, key);
			}
			return this.lease.isAllowed(bucket, key)
				.flatMap((response) -> spend(bucket, key, response, now))
				.doFinally((signal) -> this.leasing.remove(key));
		});
	}

	private Mono<RateLimiter.Response> spend(String bucket, String key, RateLimiter.Response response, long now) {
		long remaining = remaining(response);
		if (remaining < 0) {
			return Mono.just(response); // Redis away: RedisRateLimiter let it through uncounted
		}
		if (!response.isAllowed()) {
			return this.single.isAllowed(bucket, key);
		}
		Lease taken = new Lease(this.size - 1, remaining, response.getHeaders(), now + LIFETIME.toNanos());
		if (this.leases.size() > SWEEP_ABOVE) {
			this.leases.values().removeIf((lease) -> lease.expired(now));
		}
		this.leases.put(key, taken);
		return Mono.just(taken.response(this.size - 1));
	}

	/** Leases held now, for tests. */
	int held() {
		return this.leases.size();
	}

	private static long remaining(RateLimiter.Response response) {
		try {
			return Long.parseLong(response.getHeaders().getOrDefault(RedisRateLimiter.REMAINING_HEADER, "-1"));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Tokens taken from Redis and not yet spent, with what Redis said was left beside them. */
	private static final class Lease {

		private final AtomicInteger left;

		private final long remainingInRedis;

		private final Map<String, String> headers;

		private final long expiresAt;

		Lease(int left, long remainingInRedis, Map<String, String> headers, long expiresAt) {
			this.left = new AtomicInteger(left);
			this.remainingInRedis = remainingInRedis;
			this.headers = headers;
			this.expiresAt = expiresAt;
		}

		boolean expired(long now) {
			return now - this.expiresAt >= 0;
		}

		/** One token of the lease, or {@code null} when it is spent or too old. */
		RateLimiter.Response take(long now) {
			if (expired(now)) {
				return null;
			}
			int left = this.left.decrementAndGet();
			return (left >= 0) ? response(left) : null;
		}

		/** Allowed, with the headers Redis gave, remaining counting what this lease still holds. */
		RateLimiter.Response response(int left) {
			Map<String, String> headers = new HashMap<>(this.headers);
			headers.put(RedisRateLimiter.REMAINING_HEADER, String.valueOf(this.remainingInRedis + left));
			headers.put(RedisRateLimiter.REQUESTED_TOKENS_HEADER, "1");
			return new RateLimiter.Response(true, headers);
		}

	}

}
