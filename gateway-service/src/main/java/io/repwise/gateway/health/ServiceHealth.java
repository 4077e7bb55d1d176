package io.repwise.gateway.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One service's readiness as the gateway saw it.
 *
 * @param status the service's own readiness status, or {@code DOWN} when it could not be asked
 * @param latencyMs how long the answer took
 * @param error why the service could not be asked (connection refused, timeout…), else absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceHealth(String status, long latencyMs, String error) {

	@JsonIgnore
	boolean isUp() {
		return "UP".equals(this.status);
	}

}
