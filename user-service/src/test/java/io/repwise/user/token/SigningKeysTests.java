package io.repwise.user.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import io.repwise.common.security.SecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Replicas sharing a key, and key rotation, without any Spring context. */
class SigningKeysTests {

	final SecurityProperties security = new SecurityProperties("repwise", "repwise-api", null, List.of());

	@Test
	void aGeneratedKeyIsKeptSoRestartsAndReplicasShareIt(@TempDir Path directory) throws Exception {
		SigningKeyProperties properties = properties(null, directory.resolve("key.pem"), List.of());

		SigningKeys first = SigningKeys.load(properties);
		SigningKeys second = SigningKeys.load(properties);

		assertThat(second.current().getKeyID()).isEqualTo(first.current().getKeyID());
		String token = issuer(first).issue(UUID.randomUUID(), List.of("USER"), "metric", "UTC").value();
		assertThat(decoder(second).decode(token).getSubject()).isNotBlank();
	}

	@Test
	void replicasStartingTogetherOnAnEmptyVolumeAllSignWithOneKey(@TempDir Path directory) throws Exception {
		SigningKeyProperties properties = properties(null, directory.resolve("keys/key.pem"), List.of());
		int replicas = 8;
		CyclicBarrier start = new CyclicBarrier(replicas);
		ExecutorService pool = Executors.newFixedThreadPool(replicas);
		try {
			List<Future<String>> keyIds = new ArrayList<>();
			for (int i = 0; i < replicas; i++) {
				keyIds.add(pool.submit(() -> {
					start.await();
					return SigningKeys.load(properties).current().getKeyID();
				}));
			}
			Set<String> distinct = new HashSet<>();
			for (Future<String> keyId : keyIds) {
				distinct.add(keyId.get());
			}

			assertThat(distinct).hasSize(1);
			assertThat(SigningKeys.load(properties).current().getKeyID()).isEqualTo(distinct.iterator().next());
			try (Stream<Path> files = Files.list(directory.resolve("keys"))) {
				assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("key.pem");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRotatedOutKeyStillVerifiesItsTokensUntilTheyExpire(@TempDir Path directory) throws Exception {
		SigningKeys old = SigningKeys.load(properties(null, directory.resolve("old.pem"), List.of()));
		String oldToken = issuer(old).issue(UUID.randomUUID(), List.of("USER"), "metric", "UTC").value();
		String oldPublicPem = publicPem(old);

		SigningKeys rotated = SigningKeys
			.load(properties(null, directory.resolve("new.pem"), List.of(oldPublicPem)));
		SigningKeys forgotten = SigningKeys.load(properties(null, directory.resolve("new.pem"), List.of()));

		assertThat(rotated.current().getKeyID()).isNotEqualTo(old.current().getKeyID());
		assertThat(rotated.publicKeys().getKeys()).hasSize(2);
		assertThat(decoder(rotated).decode(oldToken).getSubject()).isNotBlank();
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder(forgotten).decode(oldToken));
	}

	@Test
	void aKeyFromConfigurationWinsOverTheFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("key.pem");
		SigningKeys fromFile = SigningKeys.load(properties(null, file, List.of()));

		SigningKeys fromPem = SigningKeys.load(properties(Files.readString(file), directory.resolve("other.pem"), List.of()));

		assertThat(fromPem.current().getKeyID()).isEqualTo(fromFile.current().getKeyID());
		assertThat(Files.exists(directory.resolve("other.pem"))).isFalse();
	}

	private AccessTokenIssuer issuer(SigningKeys keys) {
		return new AccessTokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.current()))), keys,
				this.security, properties(null, null, List.of()), Clock.systemUTC());
	}

	private JwtDecoder decoder(SigningKeys keys) {
		return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.publicKeys()))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
	}

	private static String publicPem(SigningKeys keys) throws Exception {
		byte[] encoded = keys.current().toRSAPublicKey().getEncoded();
		return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(encoded)
				+ "\n-----END PUBLIC KEY-----\n";
	}

	private static SigningKeyProperties properties(String pem, Path file, List<String> previous) {
		return new SigningKeyProperties(pem, file, true, previous, Duration.ofMinutes(15), Duration.ofDays(30));
	}

}
