package io.repwise.user.client;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services allowed to obtain service tokens (OAuth2 client credentials), with their secrets
 * and the scopes they may ask for.
 *
 * @param clients by client id, such as {@code workout-service}
 */
@ConfigurationProperties("repwise.service-clients")
public record ClientProperties(Map<String, Client> clients) {

	public ClientProperties {
		clients = (clients != null) ? Map.copyOf(clients) : Map.of();
	}

	/**
	 * @param secret the client's secret (from a Kubernetes Secret in production)
	 * @param scopes what it may be granted, such as {@code events:write}
	 */
	public record Client(String secret, List<String> scopes) {

		public Client {
			scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
		}

	}

}
