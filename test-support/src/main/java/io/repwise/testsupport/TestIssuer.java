package io.repwise.testsupport;

/**
 * One token issuer per test JVM: {@link TestTokens} signs, a {@link JwksServer} publishes its key.
 * Tests annotated with {@code @RealInfrastructure(jwks = true)} check tokens against it.
 */
public final class TestIssuer {

	private static TestTokens tokens;

	private static JwksServer jwks;

	private TestIssuer() {
	}

	public static synchronized TestTokens tokens() {
		start();
		return tokens;
	}

	static synchronized String jwksUri() {
		start();
		return jwks.jwksUri();
	}

	private static void start() {
		if (tokens == null) {
			tokens = new TestTokens();
			jwks = JwksServer.serving(tokens);
			Runtime.getRuntime().addShutdownHook(new Thread(jwks::close));
		}
	}

}
