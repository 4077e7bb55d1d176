package io.repwise.ai;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

/**
 * user-service and workout-service are not running here (the end-to-end test runs them), so the
 * public health must say so, with a 503, while readiness stays UP: ai-service itself is fine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "repwise.downstream.user-service=http://127.0.0.1:1",
				"repwise.downstream.workout-service=http://127.0.0.1:1" })
@RealInfrastructure(redis = true)
class AiServiceContractTests extends ServiceContractTests {

	AiServiceContractTests() {
		super("ai-service", "/api/v1/ai/health", Map.of("redis", "UP", "userService", "DOWN", "workoutService", "DOWN"));
	}

	@Override
	protected java.util.List<String> expectedMetrics() {
		return java.util.List.of("repwise_coaching_cache_requests_total", "http_client_requests_seconds_count");
	}

}
