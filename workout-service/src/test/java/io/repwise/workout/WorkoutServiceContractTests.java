package io.repwise.workout;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "workouts", redis = true)
class WorkoutServiceContractTests extends ServiceContractTests {

	@Override
	protected String featureHealthPath() {
		return "/api/v1/workouts/health";
	}

	@Override
	protected String serviceName() {
		return "workout-service";
	}

	@Override
	protected Map<String, String> expectedDependencies() {
		return Map.of("db", "UP", "redis", "UP");
	}

}
