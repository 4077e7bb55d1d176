package io.repwise.gateway.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether the gateway can enforce its rate limits: they live in Redis, and without it requests
 * pass unlimited (fail open) rather than fail.
 *
 * @param status {@code UP}, or {@code DOWN} while Redis does not answer
 * @param latencyMs how long Redis took to answer, or to be given up on
 * @param effect what clients get meanwhile, when it is not the normal service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateLimitingHealth(String status, long latencyMs, String effect) {

	static final String UNLIMITED = "Redis does not answer: requests pass without rate limits until it does";

	@JsonIgnore
	boolean isUp() {
		return "UP".equals(this.status);
	}

}
