package io.repwise.ai.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services that the coaching engine reads from live ({@code USER_SERVICE_URL},
 * {@code WORKOUT_SERVICE_URL}; Kubernetes Service names in a cluster).
 */
@ConfigurationProperties("repwise.downstream")
public record DownstreamServices(URI userService, URI workoutService) {
}
