package io.repwise.workout.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Library reads cached in Redis, shared by every replica. Eviction is a generation counter:
 * bumping it makes every earlier key unreachable at once (they expire on their own), so one
 * library change never scans keys. Redis is an optimisation only: when it fails, reads go to
 * the database and Redis is left alone for a few seconds instead of being retried per request.
 */
@Component
class LibraryCache {

	private static final Logger log = LoggerFactory.getLogger(LibraryCache.class);

	static final String GENERATION_KEY = "repwise:exercises:generation";

	/** How long a cached page lives; bounds staleness if an eviction was missed while Redis was down. */
	static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	/** How long to stop asking Redis after it failed. */
	static final Duration BACK_OFF = Duration.ofSeconds(5);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Clock clock;

	/** How often the generation is re-read from Redis. */
	static final Duration GENERATION_REFRESH = Duration.ofSeconds(1);

	private volatile Instant skipRedisUntil = Instant.MIN;

	private volatile long generation;

	private volatile Instant generationReadAt = Instant.MIN;

	LibraryCache(StringRedisTemplate redis, JsonMapper json, MeterRegistry meters, Clock clock) {
		this.redis = redis;
		this.json = json;
		this.meters = meters;
		this.clock = clock;
		// Registered up front so dashboards see the series (at zero) before the first request.
		for (String result : new String[] { "hit", "miss", "bypass" }) {
			meters.counter("repwise.library.cache.requests", "result", result);
		}
	}

	/**
	 * The cached JSON for {@code key}, or the loader's value as JSON, which is then cached. JSON in
	 * and out: a hit is written to the response as it is, never parsed. {@code null} when the
	 * loader has nothing.
	 */
	String readJson(String key, Supplier<Object> loader) {
		Long generation = currentGeneration();
		String fullKey = (generation != null) ? "repwise:exercises:" + generation + ":" + digest(key) : null;
		if (fullKey != null) {
			try {
				String cached = this.redis.opsForValue().get(fullKey);
				if (cached != null) {
					count("hit");
					return cached;
				}
			}
			catch (RuntimeException ex) {
				redisFailed(ex);
				fullKey = null;
			}
		}
		count((fullKey != null) ? "miss" : "bypass");
		Object value = loader.get();
		if (value == null) {
			return null;
		}
		String json = this.json.writeValueAsString(value);
		if (fullKey != null) {
			try {
				this.redis.opsForValue().set(fullKey, json, TIME_TO_LIVE);
			}
			catch (RuntimeException ex) {
				redisFailed(ex);
			}
		}
		return json;
	}

	/**
	 * The current generation, read from Redis at most once a second: another replica's change is
	 * seen within a second, this replica's at once.
	 */
	private long generation() {
		Instant now = this.clock.instant();
		if (now.isAfter(this.generationReadAt.plus(GENERATION_REFRESH))) {
			String stored = this.redis.opsForValue().get(GENERATION_KEY);
			this.generation = (stored != null) ? Long.parseLong(stored) : 0;
			this.generationReadAt = now;
		}
		return this.generation;
	}

	/** The current generation, or {@code null} while Redis cannot be asked (nothing may be remembered then). */
	Long currentGeneration() {
		if (!redisUsable()) {
			return null;
		}
		try {
			return generation();
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
			return null;
		}
	}

	/** Makes every cached library read stale at once. */
	void evictAll() {
		try {
			Long generation = this.redis.opsForValue().increment(GENERATION_KEY);
			this.generation = (generation != null) ? generation : this.generation + 1;
			this.generationReadAt = this.clock.instant();
			this.meters.counter("repwise.library.cache.evictions").increment();
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
		}
	}

	private boolean redisUsable() {
		return this.clock.instant().isAfter(this.skipRedisUntil);
	}

	private void redisFailed(RuntimeException ex) {
		this.skipRedisUntil = this.clock.instant().plus(BACK_OFF);
		this.meters.counter("repwise.library.cache.errors").increment();
		log.warn("Exercise library cache unavailable, reading from the database for {} s: {}", BACK_OFF.toSeconds(),
				ex.getMessage());
	}

	private void count(String result) {
		this.meters.counter("repwise.library.cache.requests", "result", result).increment();
	}

	private static String digest(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
