package io.repwise.common.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The signature is verified once per token, the claims on every use, and a cached token gets no
 * more trust than a fresh one: a changed character, an expiry or the end of the trust window
 * each send it back to the full check.
 */
class CachingJwtDecoderTests {

	private static final String ISSUER = "http://user-service";

	private static KeyPair keys;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

	private final AtomicInteger signatureChecks = new AtomicInteger();

	private final VerifiedTokens verified = new VerifiedTokens(claims(), this.clock);

	@BeforeAll
	static void generateKeys() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		keys = generator.generateKeyPair();
	}

	@Test
	void verifiesTheSignatureOncePerToken() throws Exception {
		JwtDecoder decoder = servletDecoder();
		String token = token("alice", Duration.ofMinutes(15));

		Jwt first = decoder.decode(token);
		Jwt second = decoder.decode(token);
		Jwt third = decoder.decode(token);

		assertThat(this.signatureChecks).hasValue(1);
		assertThat(third.getSubject()).isEqualTo("alice");
		assertThat(second.getClaims()).isEqualTo(first.getClaims());
		assertThat(decoder.decode(token("bob", Duration.ofMinutes(15))).getSubject()).isEqualTo("bob");
		assertThat(this.signatureChecks).hasValue(2);
	}

	@Test
	void aTokenWithOneCharacterChangedIsCheckedAfreshAndRefused() throws Exception {
		JwtDecoder decoder = servletDecoder();
		String token = token("alice", Duration.ofMinutes(15));
		decoder.decode(token);
		String[] parts = token.split("\\.");
		String forgedClaims = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("alice", "mallory");
		String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forgedClaims.getBytes())
				+ "." + parts[2];

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(forged));
		assertThat(this.signatureChecks).hasValue(2);
	}

	@Test
	void anExpiredTokenIsRefusedEvenThoughItsSignatureWasVerified() throws Exception {
		JwtDecoder decoder = servletDecoder();
		String token = token("alice", Duration.ofMinutes(2));
		decoder.decode(token);

		this.clock.advance(Duration.ofMinutes(4)); // past expiry and the validator's 60 s of skew

		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder.decode(token))
			.withMessageContaining("expired");
		assertThat(this.verified.size()).isZero();
	}

	@Test
	void trustInAVerifiedSignatureEndsAfterFiveMinutes() throws Exception {
		JwtDecoder decoder = servletDecoder();
		String token = token("alice", Duration.ofMinutes(30));
		decoder.decode(token);

		this.clock.advance(VerifiedTokens.MAX_AGE.minusSeconds(1));
		decoder.decode(token);
		assertThat(this.signatureChecks).hasValue(1);

		this.clock.advance(Duration.ofSeconds(2));
		decoder.decode(token);
		assertThat(this.signatureChecks).hasValue(2);
	}

	@Test
	void staysBoundedAsNewTokensArrive() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("alice").issuer(ISSUER)
			.expiresAt(this.clock.instant().plus(Duration.ofMinutes(15))).build();
		for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES + 10; i++) {
			this.verified.remember("token-" + i, jwt);
		}
		assertThat(this.verified.size()).isBetween(1, VerifiedTokens.MAX_ENTRIES);
		assertThat(this.verified.recall("token-" + (VerifiedTokens.MAX_ENTRIES + 10))).isSameAs(jwt);
	}

	@Test
	void theReactiveDecoderVerifiesOnceAndStillRefusesExpiredTokens() throws Exception {
		NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
		nimbus.setJwtValidator(claims());
		ReactiveJwtDecoder counting = (token) -> Mono.defer(() -> {
			this.signatureChecks.incrementAndGet();
			return nimbus.decode(token);
		});
		ReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(counting, this.verified);
		String token = token("alice", Duration.ofMinutes(2));

		assertThat(decoder.decode(token).block().getSubject()).isEqualTo("alice");
		assertThat(decoder.decode(token).block().getSubject()).isEqualTo("alice");
		assertThat(this.signatureChecks).hasValue(1);

		this.clock.advance(Duration.ofMinutes(4));
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder.decode(token).block());
		assertThat(this.signatureChecks).hasValue(1);
	}

	private JwtDecoder servletDecoder() {
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
		nimbus.setJwtValidator(claims());
		JwtDecoder counting = (token) -> {
			this.signatureChecks.incrementAndGet();
			return nimbus.decode(token);
		};
		return new CachingJwtDecoder(counting, this.verified);
	}

	/** Expiry on the test's clock, and the issuer, as {@link TokenChecks#validator} checks them. */
	private OAuth2TokenValidator<Jwt> claims() {
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(this.clock);
		return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
	}

	private String token(String subject, Duration lifetime) throws JOSEException {
		Instant now = this.clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(ISSUER)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner(keys.getPrivate()));
		return jwt.serialize();
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
