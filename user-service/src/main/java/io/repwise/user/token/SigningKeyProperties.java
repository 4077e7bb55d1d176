package io.repwise.user.token;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the token signing keys come from.
 *
 * @param privateKeyPem the current RSA private key, PKCS#8 PEM (in production from a Kubernetes
 * Secret through {@code REPWISE_SIGNING_PRIVATE_KEY_PEM}); wins over the file
 * @param privateKeyFile a PKCS#8 PEM file holding the current key
 * @param generateIfMissing for local runs only: create the file with a new key when it does not
 * exist, so tokens survive restarts and replicas on this machine share the key
 * @param previousPublicKeysPem public keys (X.509 PEM) of keys rotated out, still published in
 * the JWKS so their unexpired tokens stay valid
 * @param accessTokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long a refresh token is valid
 */
@ConfigurationProperties("repwise.signing")
public record SigningKeyProperties(String privateKeyPem, Path privateKeyFile, boolean generateIfMissing,
		List<String> previousPublicKeysPem, Duration accessTokenLifetime, Duration refreshTokenLifetime) {

	public SigningKeyProperties {
		previousPublicKeysPem = (previousPublicKeysPem != null) ? List.copyOf(previousPublicKeysPem) : List.of();
		accessTokenLifetime = (accessTokenLifetime != null) ? accessTokenLifetime : Duration.ofMinutes(15);
		refreshTokenLifetime = (refreshTokenLifetime != null) ? refreshTokenLifetime : Duration.ofDays(30);
	}

}
