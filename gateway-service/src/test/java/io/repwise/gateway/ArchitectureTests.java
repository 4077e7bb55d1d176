package io.repwise.gateway;

import io.repwise.testsupport.ServiceArchitectureTests;

/** The layout rules of docs/ARCHITECTURE.md, held for gateway-service; a new domain engine joins the list. */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super("gateway",
				"io.repwise.gateway.client.TrustedProxies",
				"io.repwise.gateway.system.PercentEncoding",
				"io.repwise.gateway.ratelimit.RedisBackoff",
				"io.repwise.gateway.health.SuiteStatus");
	}

}
