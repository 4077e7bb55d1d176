package io.repwise.gateway.system;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The services behind the gateway and how the gateway treats them.
 *
 * @param services each downstream by name (such as {@code workout-service}), in display order
 * @param connectTimeout how long to wait for a TCP connection before counting the service as down
 * @param healthTimeout how long {@code GET /health} waits for each service
 * @param maxRequestSize the largest request body forwarded
 * @param uploads paths that take files, with a larger limit of their own
 * @param trustedProxies addresses or CIDR blocks of the proxies in front of the gateway (an
 * ingress, a load balancer) whose {@code X-Forwarded-For} tells the client's address; empty when
 * clients connect directly
 */
@ConfigurationProperties("repwise.gateway")
@Validated
public record GatewayProperties(@NotEmpty Map<String, @Valid Downstream> services, @NotNull Duration connectTimeout,
		@NotNull Duration healthTimeout, @NotNull DataSize maxRequestSize, @Valid Uploads uploads,
		List<String> trustedProxies) {

	public GatewayProperties {
		services = new LinkedHashMap<>(services);
		uploads = (uploads != null) ? uploads : new Uploads(List.of(), maxRequestSize);
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
	}

	/**
	 * @param paths path prefixes that take files (a history import)
	 * @param maxSize the largest body forwarded to them
	 */
	public record Uploads(List<String> paths, @NotNull DataSize maxSize) {

		public Uploads {
			paths = (paths != null) ? List.copyOf(paths) : List.of();
		}

		/** Whether the path is one of the upload paths or under one. */
		public boolean covers(String path) {
			return this.paths.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
		}

	}

	/**
	 * @param url base URL ({@code USER_SERVICE_URL} and friends)
	 * @param paths path patterns routed to it
	 * @param responseTimeout how long a request may take before the client gets a 504
	 * @param streamPaths long-lived responses (Server-Sent Events) among {@code paths}: routed with
	 * no response timeout, no retry and no circuit breaker, which would cut them off
	 */
	public record Downstream(@NotNull URI url, @NotEmpty List<String> paths, @NotNull Duration responseTimeout,
			List<String> streamPaths) {

		public Downstream {
			streamPaths = (streamPaths != null) ? List.copyOf(streamPaths) : List.of();
		}

	}

}
