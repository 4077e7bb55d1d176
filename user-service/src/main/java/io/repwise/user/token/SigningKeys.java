package io.repwise.user.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The current signing key (private) and the previous ones (public only). Key ids are RFC 7638
 * thumbprints, so every replica given the same key derives the same {@code kid}.
 */
public final class SigningKeys {

	private static final String PRIVATE_HEADER = "-----BEGIN PRIVATE KEY-----";

	private static final String PRIVATE_FOOTER = "-----END PRIVATE KEY-----";

	private final RSAKey current;

	private final List<RSAKey> previous;

	private SigningKeys(RSAKey current, List<RSAKey> previous) {
		this.current = current;
		this.previous = List.copyOf(previous);
	}

	public static SigningKeys load(SigningKeyProperties properties) {
		try {
			String pem = properties.privateKeyPem();
			if (pem == null || pem.isBlank()) {
				pem = readOrGenerate(properties.privateKeyFile(), properties.generateIfMissing());
			}
			RSAKey current = fromPrivatePem(pem);
			List<RSAKey> previous = new ArrayList<>();
			for (String publicPem : properties.previousPublicKeysPem()) {
				previous.add(fromPublicPem(publicPem));
			}
			return new SigningKeys(current, previous);
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("The token signing key could not be read: " + ex.getMessage(), ex);
		}
	}

	/** The current key, with its private part, for signing. */
	public RSAKey current() {
		return this.current;
	}

	/** What the JWKS endpoint publishes: the public parts of the current and previous keys. */
	public JWKSet publicKeys() {
		List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
		keys.add(this.current.toPublicJWK());
		keys.addAll(this.previous);
		return new JWKSet(keys);
	}

	private static String readOrGenerate(Path file, boolean generateIfMissing) throws GeneralSecurityException {
		if (file == null) {
			throw new IllegalStateException("No token signing key: set repwise.signing.private-key-pem "
					+ "(REPWISE_SIGNING_PRIVATE_KEY_PEM) or repwise.signing.private-key-file");
		}
		try {
			if (Files.isRegularFile(file)) {
				return Files.readString(file);
			}
			if (!generateIfMissing) {
				throw new IllegalStateException("Token signing key file " + file + " does not exist");
			}
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			String pem = PRIVATE_HEADER + "\n"
					+ Base64.getMimeEncoder(64, new byte[] { '\n' })
						.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
					+ "\n" + PRIVATE_FOOTER + "\n";
			return publishOnce(file, pem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the token signing key " + file, ex);
		}
	}

	/**
	 * Puts the key in place unless another process got there first, and returns the key that is
	 * in place. Replicas sharing a volume may start together: the file is written beside its
	 * final name and hard-linked there, which fails for all but one of them, so every replica
	 * ends up signing with the same key.
	 */
	private static String publishOnce(Path file, String pem) throws IOException {
		Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
		Path candidate = Files.createTempFile(directory, file.getFileName().toString(), ".new");
		try {
			try {
				Files.setPosixFilePermissions(candidate, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system; the file keeps the default permissions.
			}
			Files.writeString(candidate, pem);
			Files.createLink(file, candidate);
			return pem;
		}
		catch (FileAlreadyExistsException ex) {
			return Files.readString(file);
		}
		finally {
			Files.deleteIfExists(candidate);
		}
	}

	private static RSAKey fromPrivatePem(String pem) throws GeneralSecurityException, JOSEException {
		KeyFactory factory = KeyFactory.getInstance("RSA");
		RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
			.generatePrivate(new PKCS8EncodedKeySpec(decodePem(pem)));
		RSAPublicKey publicKey = (RSAPublicKey) factory
			.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		return withThumbprintId(new RSAKey.Builder(publicKey).privateKey(privateKey));
	}

	private static RSAKey fromPublicPem(String pem) throws GeneralSecurityException, JOSEException {
		RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
			.generatePublic(new X509EncodedKeySpec(decodePem(pem)));
		return withThumbprintId(new RSAKey.Builder(publicKey));
	}

	private static RSAKey withThumbprintId(RSAKey.Builder builder) throws JOSEException {
		return builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
	}

	private static byte[] decodePem(String pem) {
		String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(base64);
	}

}
