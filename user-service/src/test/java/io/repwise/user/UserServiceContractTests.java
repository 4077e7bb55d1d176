package io.repwise.user;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "users")
class UserServiceContractTests extends ServiceContractTests {

	@Override
	protected String featureHealthPath() {
		return "/api/v1/auth/health";
	}

	@Override
	protected String serviceName() {
		return "user-service";
	}

	@Override
	protected Map<String, String> expectedDependencies() {
		return Map.of("db", "UP");
	}

}
