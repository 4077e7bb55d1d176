package io.repwise.user;

import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;

import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.ServiceContractTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.signing.private-key-file=target/test-keys/signing-key.pem")
@RealInfrastructure(postgres = "users")
class UserServiceContractTests extends ServiceContractTests {

	UserServiceContractTests() {
		super("user-service", "/api/v1/auth/health", Map.of("db", "UP"));
	}

	@Override
	protected java.util.List<String> expectedMetrics() {
		return java.util.List.of("hikaricp_connections_active", "repwise_outbox_delivered_total", "repwise_outbox_failed_total", "repwise_outbox_backlog");
	}

}
