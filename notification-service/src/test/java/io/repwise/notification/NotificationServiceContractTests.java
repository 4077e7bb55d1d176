package io.repwise.notification;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = "notifications")
class NotificationServiceContractTests extends ServiceContractTests {

	NotificationServiceContractTests() {
		super("notification-service", "/api/v1/notifications/health", Map.of("db", "UP"));
	}

	@Override
	protected java.util.List<String> expectedMetrics() {
		return java.util.List.of("hikaricp_connections_active");
	}

}
