package io.repwise.workout;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true)
class WorkoutServiceContractTests extends ServiceContractTests {

	WorkoutServiceContractTests() {
		super("workout-service", "/api/v1/workouts/health", Map.of("db", "UP", "redis", "UP"));
	}

	@Override
	protected java.util.List<String> expectedMetrics() {
		return java.util.List.of("hikaricp_connections_active", "repwise_outbox_delivered_total", "repwise_outbox_backlog", "repwise_library_cache_requests_total");
	}

}
