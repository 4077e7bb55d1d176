package io.repwise.common.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Obtains service tokens from user-service with the client-credentials grant and reuses each
 * until shortly before it expires.
 */
public class ClientCredentialsTokenSource implements ServiceTokenSource {

	private final RestClient client;

	private final OutboxProperties properties;

	private final String scope;

	private final Clock clock;

	private String token;

	private Instant renewAt = Instant.MIN;

	public ClientCredentialsTokenSource(RestClient.Builder builder, OutboxProperties properties, String scope,
			Clock clock) {
		this.client = builder.clone().build();
		this.properties = properties;
		this.scope = scope;
		this.clock = clock;
	}

	@Override
	public synchronized String token() {
		if (this.token == null || !this.clock.instant().isBefore(this.renewAt)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("scope", this.scope);
			Map<String, Object> response = this.client.post()
				.uri(this.properties.tokenUrl())
				.headers((headers) -> headers.setBasicAuth(this.properties.clientId(), this.properties.clientSecret()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			long expiresIn = ((Number) response.get("expires_in")).longValue();
			this.token = (String) response.get("access_token");
			// Renew a minute early (or halfway for very short tokens) so no call carries an expired one.
			this.renewAt = this.clock.instant().plusSeconds(Math.max(expiresIn / 2, expiresIn - 60));
		}
		return this.token;
	}

}
