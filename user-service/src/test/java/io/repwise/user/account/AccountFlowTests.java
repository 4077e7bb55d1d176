package io.repwise.user.account;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import io.repwise.common.security.SecurityProperties;
import io.repwise.user.token.AccessTokenIssuer;
import io.repwise.user.token.SigningKeyProperties;
import io.repwise.user.token.SigningKeys;
import io.repwise.testsupport.RealInfrastructure;
import io.repwise.testsupport.AtOnce;
import io.repwise.testsupport.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and tokens over real HTTP against a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "repwise.signing.private-key-file=target/test-keys/signing-key.pem")
@RealInfrastructure(postgres = "users")
class AccountFlowTests {

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/** Each test signs in from its own address, so one test's failures do not throttle another. */
	final String clientAddress = "10.%d.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256), RANDOM.nextInt(254) + 1);

	static final java.util.Random RANDOM = new java.util.Random();

	@Autowired
	SigningKeys keys;

	@Autowired
	SecurityProperties security;

	@Autowired
	SigningKeyProperties signing;

	@Test
	void registerLoginUseRefreshAndLogOut() throws Exception {
		String email = uniqueEmail();
		HttpResponse<String> registered = post("/api/v1/auth/register",
				"{\"email\":\"" + email.toUpperCase() + "\",\"displayName\":\"Ada\",\"password\":\"correct horse battery\"}", null);
		assertThat(registered.statusCode()).isEqualTo(201);
		assertThat(registered.body()).contains("\"email\":\"" + email + "\"").doesNotContain("password");

		JsonNode tokens = login(email, "correct horse battery");
		String access = tokens.get("accessToken").asString();
		String refresh = tokens.get("refreshToken").asString();
		assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expiresIn").asLong()).isBetween(800L, 900L);

		HttpResponse<String> me = get("/api/v1/users/me", access);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"displayName\":\"Ada\"").contains("\"roles\":[\"USER\"]");

		HttpResponse<String> refreshed = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
		assertThat(refreshed.statusCode()).isEqualTo(200);
		String newRefresh = this.json.readTree(refreshed.body()).get("refreshToken").asString();
		assertThat(newRefresh).isNotEqualTo(refresh);

		HttpResponse<String> loggedOut = post("/api/v1/auth/logout", "{\"refreshToken\":\"" + newRefresh + "\"}", null);
		assertThat(loggedOut.statusCode()).isEqualTo(204);
		assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + newRefresh + "\"}", null).statusCode())
			.isEqualTo(401);
	}

	@Test
	void reusingARotatedRefreshTokenRevokesTheWholeFamily() throws Exception {
		String email = uniqueEmail();
		register(email);
		String first = login(email, "correct horse battery").get("refreshToken").asString();
		String second = this.json.readTree(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + first + "\"}", null).body())
			.get("refreshToken")
			.asString();

		HttpResponse<String> replay = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + first + "\"}", null);
		HttpResponse<String> afterReplay = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + second + "\"}", null);

		assertThat(replay.statusCode()).isEqualTo(401);
		assertThat(replay.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(afterReplay.statusCode()).as("the legitimate newer token dies with its family").isEqualTo(401);
	}

	@Test
	void logoutEverywhereEndsEverySignIn() throws Exception {
		String email = uniqueEmail();
		register(email);
		JsonNode phone = login(email, "correct horse battery");
		JsonNode laptop = login(email, "correct horse battery");

		assertThat(post("/api/v1/auth/logout-all", "{}", phone.get("accessToken").asString()).statusCode()).isEqualTo(204);

		for (JsonNode device : List.of(phone, laptop)) {
			assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + device.get("refreshToken").asString() + "\"}",
					null).statusCode()).isEqualTo(401);
		}
	}

	@Test
	void unknownEmailAndWrongPasswordAnswerTheSame() throws Exception {
		String email = uniqueEmail();
		register(email);

		HttpResponse<String> wrongPassword = post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"not the password\"}", null);
		HttpResponse<String> unknown = post("/api/v1/auth/login",
				"{\"email\":\"nobody-" + email + "\",\"password\":\"not the password\"}", null);

		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(detail(wrongPassword)).isEqualTo(detail(unknown));
	}

	@Test
	void registrationRulesAreExplained() throws Exception {
		String email = uniqueEmail();
		register(email);

		HttpResponse<String> duplicate = post("/api/v1/auth/register",
				"{\"email\":\"" + email.toUpperCase() + "\",\"displayName\":\"B\",\"password\":\"another long one\"}", null);
		HttpResponse<String> common = post("/api/v1/auth/register",
				"{\"email\":\"x" + email + "\",\"displayName\":\"B\",\"password\":\"Password123\"}", null);
		HttpResponse<String> shortAndBadEmail = post("/api/v1/auth/register",
				"{\"email\":\"not-an-email\",\"displayName\":\"\",\"password\":\"short\"}", null);

		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(common.statusCode()).isEqualTo(400);
		assertThat(common.body()).contains("\"field\":\"password\"").contains("too common");
		assertThat(shortAndBadEmail.statusCode()).isEqualTo(400);
		assertThat(shortAndBadEmail.body()).contains("\"field\":\"email\"").contains("\"field\":\"displayName\"");
	}

	@Test
	void expiredTamperedAndWrongAudienceTokensAreRefused() throws Exception {
		UUID user = UUID.fromString(this.json.readTree(register(uniqueEmail()).body()).get("id").asString());
		AccessTokenIssuer pastIssuer = new AccessTokenIssuer(
				new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.keys.current()))), this.keys, this.security,
				this.signing, Clock.fixed(Instant.now().minus(Duration.ofHours(1)), java.time.ZoneOffset.UTC));
		String expired = pastIssuer.issue(user, List.of("USER"), "metric", "UTC").value();
		String valid = new AccessTokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.keys.current()))),
				this.keys, this.security, this.signing, Clock.systemUTC())
			.issue(user, List.of("USER"), "metric", "UTC")
			.value();
		String[] parts = valid.split("\\.");
		String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
		String wrongAudience = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.keys.current())))
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keys.current().getKeyID()).build(),
					JwtClaimsSet.builder()
						.issuer("repwise")
						.audience(List.of("someone-else"))
						.subject(user.toString())
						.expiresAt(Instant.now().plusSeconds(300))
						.build()))
			.getTokenValue();

		assertThat(get("/api/v1/users/me", valid).statusCode()).isEqualTo(200);
		for (String token : List.of(expired, tampered, wrongAudience)) {
			HttpResponse<String> response = get("/api/v1/users/me", token);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		}
	}

	@Test
	void repeatedFailedSignInsAreThrottledWithRetryAfter() throws Exception {
		String email = uniqueEmail();
		register(email);
		for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
			assertThat(post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}",
					null).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> locked = post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null);

		assertThat(locked.statusCode()).as("even the right password waits out the lock").isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).get().asString().matches("[1-9][0-9]*");
		assertThat(locked.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
	}

	@Test
	void oneAddressGuessingAtManyAccountsIsThrottled() throws Exception {
		for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD; i++) {
			post("/api/v1/auth/login", "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"some guess here\"}", null);
		}
		String email = uniqueEmail();
		register(email);

		HttpResponse<String> response = post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null);

		assertThat(response.statusCode()).isEqualTo(429);
	}

	/**
	 * More sign-ins at once than the connection pool has connections (5): each used to hold one
	 * connection through the password check and need a second to count its failure, so they all
	 * waited for each other until the pool gave up with a 500.
	 */
	@Test
	void manySignInsAtOnceAreAllAnswered() throws Exception {
		String email = uniqueEmail();
		register(email);
		List<Callable<Integer>> signIns = new ArrayList<>();
		// The right password, and wrong ones for unknown accounts (not past the address's limit of 20).
		signIns.add(() -> post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null).statusCode());
		for (int i = 1; i < 12; i++) {
			String unknown = uniqueEmail();
			signIns.add(() -> post("/api/v1/auth/login", "{\"email\":\"" + unknown + "\",\"password\":\"a wrong guess\"}",
					null).statusCode());
		}

		List<Integer> statuses = AtOnce.run(signIns);

		assertThat(statuses.get(0)).isEqualTo(200);
		assertThat(statuses.subList(1, statuses.size())).containsOnly(401);
	}

	@Test
	void aNulCharacterIsRefusedAndASimultaneousSecondSignUpConflicts() throws Exception {
		HttpResponse<String> nul = post("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail()
				+ "\",\"displayName\":\"P\\u0000nul\",\"password\":\"correct horse battery\"}", null);
		assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
		assertThat(nul.body()).contains("urn:repwise:problem:invalid-value");

		String email = uniqueEmail();
		String body = "{\"email\":\"" + email + "\",\"displayName\":\"Twin\",\"password\":\"correct horse battery\"}";
		List<Integer> answered = AtOnce.run(4, () -> post("/api/v1/auth/register", body, null).statusCode());
		assertThat(answered).as("one account; the others told it exists").containsOnlyOnce(201).containsOnly(201, 409);
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsEverySignIn() throws Exception {
		String email = uniqueEmail();
		register(email);
		JsonNode tokens = login(email, "correct horse battery");
		String access = tokens.get("accessToken").asString();

		HttpResponse<String> wrongCurrent = send("PUT", "/api/v1/users/me/password",
				"{\"currentPassword\":\"not it at all\",\"newPassword\":\"a brand new secret\"}", access);
		HttpResponse<String> tooCommon = send("PUT", "/api/v1/users/me/password",
				"{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"qwertyuiop\"}", access);
		HttpResponse<String> changed = send("PUT", "/api/v1/users/me/password",
				"{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"a brand new secret\"}", access);

		assertThat(wrongCurrent.statusCode()).isEqualTo(400);
		assertThat(wrongCurrent.body()).contains("\"field\":\"currentPassword\"");
		assertThat(tooCommon.statusCode()).isEqualTo(400);
		assertThat(tooCommon.body()).contains("\"field\":\"newPassword\"");
		assertThat(changed.statusCode()).isEqualTo(204);
		assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + tokens.get("refreshToken").asString() + "\"}",
				null).statusCode()).isEqualTo(401);
		assertThat(post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}",
				null).statusCode()).isEqualTo(401);
		login(email, "a brand new secret");
	}

	@Test
	void changingTheEmailNeedsTheCurrentPasswordAndAFreeAddress() throws Exception {
		String email = uniqueEmail();
		String taken = uniqueEmail();
		register(email);
		register(taken);
		String access = login(email, "correct horse battery").get("accessToken").asString();
		String newEmail = uniqueEmail();

		HttpResponse<String> conflict = send("PUT", "/api/v1/users/me/email",
				"{\"currentPassword\":\"correct horse battery\",\"newEmail\":\"" + taken + "\"}", access);
		HttpResponse<String> changed = send("PUT", "/api/v1/users/me/email",
				"{\"currentPassword\":\"correct horse battery\",\"newEmail\":\"" + newEmail + "\"}", access);

		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("\"email\":\"" + newEmail + "\"");
		login(newEmail, "correct horse battery");
	}

	@Test
	void deletingTheAccountRemovesItAndItsSignIns() throws Exception {
		String email = uniqueEmail();
		register(email);
		JsonNode tokens = login(email, "correct horse battery");
		String access = tokens.get("accessToken").asString();

		assertThat(send("DELETE", "/api/v1/users/me", "{\"currentPassword\":\"wrong password!\"}", access).statusCode())
			.isEqualTo(400);
		assertThat(send("DELETE", "/api/v1/users/me", "{\"currentPassword\":\"correct horse battery\"}", access)
			.statusCode()).isEqualTo(204);

		assertThat(get("/api/v1/users/me", access).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/profiles/me", access).statusCode()).as("no profile is created for it again")
			.isEqualTo(404);
		assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + tokens.get("refreshToken").asString() + "\"}",
				null).statusCode()).isEqualTo(401);
		assertThat(post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}",
				null).statusCode()).isEqualTo(401);
	}

	@Test
	void jwksPublishesTheSigningKeyWithoutItsPrivatePart() throws Exception {
		HttpResponse<String> response = get("/api/v1/auth/jwks", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"kid\":\"" + this.keys.current().getKeyID() + "\"")
			.contains("\"alg\":\"RS256\"")
			.doesNotContain("\"d\":");
	}

	private HttpResponse<String> register(String email) throws Exception {
		HttpResponse<String> response = post("/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"displayName\":\"Lifter\",\"password\":\"correct horse battery\"}", null);
		assertThat(response.statusCode()).isEqualTo(201);
		return response;
	}

	private JsonNode login(String email, String password) throws Exception {
		HttpResponse<String> response = post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String detail(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("detail").asString();
	}

	private static String uniqueEmail() {
		return "lifter-" + UUID.randomUUID() + "@example.com";
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return http().get(path, token);
	}

	private HttpResponse<String> post(String path, String body, String token) throws Exception {
		return send("POST", path, body, token);
	}

	private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		return http().send(method, path, body, token);
	}

	private TestHttp http() {
		return TestHttp.at(this.port).withHeader("X-Forwarded-For", this.clientAddress);
	}


}
