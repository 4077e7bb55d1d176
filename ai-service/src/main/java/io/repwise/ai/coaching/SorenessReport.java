package io.repwise.ai.coaching;

import java.time.Instant;
import java.util.Map;

/**
 * A soreness report from workout-service.
 *
 * @param soreness muscle ({@code QUADRICEPS} …) to 0–10
 */
public record SorenessReport(Instant reportedAt, Map<String, Integer> soreness) {
}
