package io.repwise.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token-bucket limits, kept in Redis so every gateway replica shares them.
 *
 * @param user per signed-in user, on every authenticated route
 * @param auth per client address on {@code /api/v1/auth/**} (stricter: it is where passwords are guessed)
 */
@ConfigurationProperties("repwise.gateway.rate-limits")
@Validated
public record RateLimitProperties(@NotNull @Valid Bucket user, @NotNull @Valid Bucket auth) {

	/**
	 * @param replenishRate tokens added per second
	 * @param burstCapacity most tokens a bucket holds: the largest burst allowed
	 * @param lease tokens a replica takes from Redis at once and spends locally within a second
	 * ({@link TokenLeases}), at most the burst capacity; 1, the default, asks Redis for every request
	 */
	public record Bucket(@Min(1) int replenishRate, @Min(1) int burstCapacity, @Min(1) Integer lease) {

		public Bucket {
			lease = (lease != null) ? Math.min(lease, Math.max(burstCapacity, 1)) : 1;
		}

	}

}
