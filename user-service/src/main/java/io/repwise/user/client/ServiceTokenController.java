package io.repwise.user.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.user.token.AccessTokenIssuer;

/**
 * The OAuth2 token endpoint for the client-credentials grant (RFC 6749 section 4.4), for services
 * only: the gateway never routes {@code /oauth2/**}. Clients authenticate with HTTP Basic.
 */
@RestController
class ServiceTokenController {

	private final ClientProperties properties;

	private final AccessTokenIssuer issuer;

	ServiceTokenController(ClientProperties properties, AccessTokenIssuer issuer) {
		this.properties = properties;
		this.issuer = issuer;
	}

	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam("grant_type") String grantType, @RequestParam(name = "scope", required = false) String scope) {
		String[] credentials = basicCredentials(authorization);
		ClientProperties.Client client = this.properties.clients().get(credentials[0]);
		if (client == null || client.secret() == null || !constantTimeEquals(client.secret(), credentials[1])) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Unknown client or wrong secret.");
		}
		if (!"client_credentials".equals(grantType)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Only the client_credentials grant is supported.");
		}
		List<String> requested = (scope == null || scope.isBlank()) ? client.scopes()
				: Arrays.asList(scope.trim().split("\\s+"));
		if (!client.scopes().containsAll(requested)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Scope not allowed for this client; allowed: " + String.join(" ", client.scopes()));
		}
		AccessTokenIssuer.AccessToken token = this.issuer.issueForClient(credentials[0], requested);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token.value());
		body.put("token_type", "Bearer");
		body.put("expires_in", java.time.Duration.between(java.time.Instant.now(), token.expiresAt()).toSeconds());
		body.put("scope", String.join(" ", requested));
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
	}

	private static String[] basicCredentials(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Client authentication (HTTP Basic) is required.");
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Malformed client credentials.");
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Malformed client credentials.");
		}
		return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
	}

	private static boolean constantTimeEquals(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
