package io.repwise.user.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Service tokens", description = "Tokens for services calling services; never routed by the gateway.")
@RestController
@SecurityScheme(name = "client", type = SecuritySchemeType.HTTP, scheme = "basic",
		description = "A service's client id and secret (repwise.clients).")
class ServiceTokenController {

	/** Longer than every scope of every client put together. */
	static final int MAX_SCOPE_LENGTH = 200;

	private final ClientProperties properties;

	private final AccessTokenIssuer issuer;

	ServiceTokenController(ClientProperties properties, AccessTokenIssuer issuer) {
		this.properties = properties;
		this.issuer = issuer;
	}

	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(operationId = "serviceToken", summary = "Issue a service token",
			description = "The OAuth2 client-credentials grant: a client id and secret (HTTP Basic) for an access token with the client's scopes.")
	@SecurityRequirement(name = "client")
	@ApiResponse(responseCode = "200", description = "The service token (access_token, token_type, expires_in, scope); not cached.")
	@ApiResponse(responseCode = "401", description = "No client credentials, an unknown client or a wrong secret.")
	ResponseEntity<Map<String, Object>> token(
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@Parameter(schema = @Schema(allowableValues = "client_credentials")) @RequestParam("grant_type") String grantType,
			@Parameter(description = "Space-separated scopes; defaults to all the client's.",
					schema = @Schema(maxLength = MAX_SCOPE_LENGTH)) @RequestParam(name = "scope", required = false) String scope) {
		if (scope != null && scope.length() > MAX_SCOPE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The scope is longer than " + MAX_SCOPE_LENGTH + " characters.");
		}
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
