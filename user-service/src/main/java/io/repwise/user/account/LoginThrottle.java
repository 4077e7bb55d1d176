package io.repwise.user.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Failures are counted per account and per client address within a
 * window; past a threshold the key is locked for a period that doubles with every further
 * failure, up to a cap. Counts live in the database so every replica sees the same ones.
 */
@Component
public class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_LOCK = Duration.ofSeconds(30);

	static final Duration MAX_LOCK = Duration.ofMinutes(15);

	/** Failures tolerated before locking: an account is guessed at from many addresses, so it locks sooner. */
	static final int ACCOUNT_THRESHOLD = 5;

	static final int ADDRESS_THRESHOLD = 20;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long the caller must wait before trying again, if either key is locked. */
	@Transactional(readOnly = true)
	public Optional<Duration> lockedFor(String email, String clientAddress) {
		Instant now = this.clock.instant();
		List<Timestamp> locks = this.jdbc.queryForList(
				"SELECT locked_until FROM login_throttle WHERE throttle_key IN (?, ?) AND locked_until > ?",
				Timestamp.class, accountKey(email), addressKey(clientAddress), Timestamp.from(now));
		return locks.stream()
			.map((until) -> Duration.between(now, until.toInstant()))
			.max(Duration::compareTo);
	}

	/** Counts a failure for both keys; committed even though the sign-in itself fails. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String email, String clientAddress) {
		Instant now = this.clock.instant();
		recordFailure(accountKey(email), ACCOUNT_THRESHOLD, now);
		recordFailure(addressKey(clientAddress), ADDRESS_THRESHOLD, now);
	}

	/** A successful sign-in forgives the account's failures (not the address's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String email) {
		this.jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", accountKey(email));
	}

	private void recordFailure(String key, int threshold, Instant now) {
		Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
		// One statement, so concurrent failures on several replicas all count.
		Integer failures = this.jdbc.queryForObject("""
				INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?, 1, ?)
				ON CONFLICT (throttle_key) DO UPDATE SET
				  failures = CASE WHEN login_throttle.window_start < ? THEN 1 ELSE login_throttle.failures + 1 END,
				  window_start = CASE WHEN login_throttle.window_start < ? THEN EXCLUDED.window_start
				                      ELSE login_throttle.window_start END
				RETURNING failures""", Integer.class, key, Timestamp.from(now), windowStart, windowStart);
		if (failures != null && failures >= threshold) {
			Duration lock = lockDuration(failures - threshold);
			this.jdbc.update("UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?",
					Timestamp.from(now.plus(lock)), key);
		}
	}

	/** 30 s after reaching the threshold, doubling with each further failure, at most 15 min. */
	static Duration lockDuration(int failuresPastThreshold) {
		int doublings = Math.min(failuresPastThreshold, 10);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return (lock.compareTo(MAX_LOCK) > 0) ? MAX_LOCK : lock;
	}

	private static String accountKey(String email) {
		return "account:" + email;
	}

	private static String addressKey(String clientAddress) {
		return "address:" + clientAddress;
	}

}
