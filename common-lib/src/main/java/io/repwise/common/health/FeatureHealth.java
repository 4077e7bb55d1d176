package io.repwise.common.health;

import java.time.Instant;
import java.util.Map;

/**
 * A service's public health: its own status and that of each dependency it needs to serve
 * requests, without the details (hosts, versions) that only operators should see.
 */
public record FeatureHealth(String service, String status, Map<String, String> dependencies, Instant checkedAt) {
}
