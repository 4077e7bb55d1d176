package io.repwise.notification;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "notifications")
class NotificationServiceContractTests extends ServiceContractTests {

	@Override
	protected String featureHealthPath() {
		return "/api/v1/notifications/health";
	}

	@Override
	protected String serviceName() {
		return "notification-service";
	}

	@Override
	protected Map<String, String> expectedDependencies() {
		return Map.of("db", "UP");
	}

}
