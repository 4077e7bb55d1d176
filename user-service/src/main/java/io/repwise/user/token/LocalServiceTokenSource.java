package io.repwise.user.token;

import java.util.List;

import org.springframework.stereotype.Component;

import io.repwise.common.outbox.ServiceTokenSource;

/**
 * user-service is the token issuer: its own outbox relay signs its service token directly
 * instead of asking itself over HTTP.
 */
@Component
class LocalServiceTokenSource implements ServiceTokenSource {

	private final AccessTokenIssuer issuer;

	LocalServiceTokenSource(AccessTokenIssuer issuer) {
		this.issuer = issuer;
	}

	@Override
	public String token() {
		return this.issuer.issueForClient("user-service", List.of("events:write")).value();
	}

}
