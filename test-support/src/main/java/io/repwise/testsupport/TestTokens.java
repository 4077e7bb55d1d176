package io.repwise.testsupport;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real RS256 tokens signed with a key generated for the test, shaped like user-service's, for
 * testing a resource server without running user-service: serve {@link #jwksJson()} where the
 * service under test fetches its keys.
 */
public final class TestTokens {

	private final RSAKey key;

	private final NimbusJwtEncoder encoder;

	public TestTokens() {
		this(generated());
	}

	private TestTokens(RSAKey key) {
		this.key = key;
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.key)));
	}

	/**
	 * Tokens signed with a running user-service's own key, for attacks that need a valid
	 * signature (expired, another audience or issuer): its private key as PKCS#8 PEM and its
	 * public key as published in its JWKS, which gives the key id.
	 */
	public static TestTokens signedWith(String privateKeyPem, String publicJwkJson) {
		try {
			byte[] der = Base64.getDecoder()
				.decode(privateKeyPem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
			RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(der));
			return new TestTokens(new RSAKey.Builder(RSAKey.parse(publicJwkJson)).privateKey(privateKey).build());
		}
		catch (GeneralSecurityException | ParseException ex) {
			throw new IllegalArgumentException("Not an RSA key pair: " + ex.getMessage(), ex);
		}
	}

	private static RSAKey generated() {
		try {
			return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token for the user with {@code issuer} and {@code audience}, expiring at {@code expiresAt}. */
	public String forUser(UUID userId, String issuer, String audience, Instant expiresAt) {
		return sign(JwtClaimsSet.builder()
			.issuer(issuer)
			.audience(List.of(audience))
			.subject(userId.toString())
			.issuedAt(expiresAt.minusSeconds(900))
			.expiresAt(expiresAt)
			.claim("roles", List.of("USER"))
			.build());
	}

	public String jwksJson() {
		return new JWKSet(this.key.toPublicJWK()).toString(true);
	}

	/** A user's token, valid for ten minutes. */
	public String valid() {
		return token("repwise-api", Instant.now().plusSeconds(600));
	}

	/** A token for a given user with the USER role, valid for ten minutes. */
	public String forUser(UUID userId) {
		return forUser(userId, Map.of(), "USER");
	}

	/** A token for a given user with extra claims (such as {@code units}) and the given roles. */
	public String forUser(UUID userId, Map<String, Object> claims, String... roles) {
		Instant expiresAt = Instant.now().plusSeconds(600);
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
			.issuer("repwise")
			.audience(List.of("repwise-api"))
			.subject(userId.toString())
			.issuedAt(expiresAt.minusSeconds(900))
			.expiresAt(expiresAt)
			.claim("roles", List.of(roles));
		claims.forEach(builder::claim);
		return sign(builder.build());
	}

	public String expired() {
		return token("repwise-api", Instant.now().minusSeconds(600));
	}

	public String forAnotherAudience() {
		return token("someone-else", Instant.now().plusSeconds(600));
	}

	/** A valid token whose payload was changed after signing. */
	public String tampered() {
		String[] parts = valid().split("\\.");
		return parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
	}

	/** A service's token (client credentials) with the given scopes. */
	public String service(String clientId, String... scopes) {
		return sign(JwtClaimsSet.builder()
			.issuer("repwise")
			.audience(List.of("repwise-api"))
			.subject(clientId)
			.expiresAt(Instant.now().plusSeconds(600))
			.claim("client_id", clientId)
			.claim("scope", String.join(" ", scopes))
			.build());
	}

	private String token(String audience, Instant expiresAt) {
		return sign(JwtClaimsSet.builder()
			.issuer("repwise")
			.audience(List.of(audience))
			.subject(UUID.randomUUID().toString())
			.issuedAt(expiresAt.minusSeconds(900))
			.expiresAt(expiresAt)
			.claim("roles", List.of("USER"))
			.build());
	}

	private String sign(JwtClaimsSet claims) {
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.key.getKeyID()).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

}
