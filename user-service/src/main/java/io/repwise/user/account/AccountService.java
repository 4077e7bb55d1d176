package io.repwise.user.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.event.EventEnvelope;
import io.repwise.common.event.UserDeleted;
import io.repwise.common.event.UserRegistered;
import io.repwise.common.outbox.OutboxPublisher;
import io.repwise.common.problem.InvalidFieldException;
import io.repwise.user.account.AccountDtos.AccountView;
import io.repwise.user.account.AccountDtos.RegistrationRequest;
import io.repwise.user.account.AccountDtos.TokenResponse;
import io.repwise.user.profile.TokenPreferences;
import io.repwise.user.token.AccessTokenIssuer;
import io.repwise.user.token.SigningKeyProperties;

/**
 * Registration, sign-in and the refresh-token lifecycle.
 *
 * Whatever checks a password runs outside a transaction: a transaction holds a database connection
 * from its start, and checking a password takes a BCrypt hash (about 0.1 s) and, when it is wrong,
 * the throttle's own transaction, a second connection. Held across both, a handful of concurrent
 * sign-ins emptied the connection pool and failed with 500s. The writes that follow a check run in
 * a short transaction of their own ({@link #inTransaction}). Those methods carry no
 * {@code @Transactional} at all: even {@code NOT_SUPPORTED} opens a scope that keeps one
 * EntityManager, and with it a connection, until the method returns.
 */
@Service
public class AccountService {

	private static final String INVALID_CREDENTIALS = "The e-mail address or password is wrong.";

	private static final String INVALID_REFRESH = "The refresh token is invalid, expired or already used; sign in again.";

	private final UserAccountRepository accounts;

	private final RefreshTokenRepository refreshTokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AccessTokenIssuer accessTokens;

	private final TokenPreferences preferences;

	private final Duration refreshLifetime;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final OutboxPublisher events;

	private final AccountAdministration administration;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Checked against when the e-mail is unknown, so both failures take the same time. Hashed at
	 * the first sign-in, not at start-up: the image's training run ends when the context is
	 * refreshed, and a Java 17 AppCDS archive written while BCrypt was queued for the JIT keeps it
	 * interpreted in every container (JDK-8306460: sign-ins took 1.3 s instead of 0.1 s, though
	 * the run waits for the compiler to go idle). A run that never hashes cannot archive that.
	 */
	private final Supplier<String> unknownAccountHash;

	private final TransactionTemplate inTransaction;

	AccountService(UserAccountRepository accounts, RefreshTokenRepository refreshTokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, AccessTokenIssuer accessTokens, SigningKeyProperties signing, Clock clock,
			LoginThrottle throttle, OutboxPublisher events, AccountAdministration administration, TokenPreferences preferences,
			PlatformTransactionManager transactions) {
		this.inTransaction = new TransactionTemplate(transactions);
		this.administration = administration;
		this.preferences = preferences;
		this.throttle = throttle;
		this.events = events;
		this.accounts = accounts;
		this.refreshTokens = refreshTokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.accessTokens = accessTokens;
		this.refreshLifetime = signing.refreshTokenLifetime();
		this.clock = clock;
		this.unknownAccountHash = SingletonSupplier.of(() -> passwordEncoder.encode(UUID.randomUUID().toString()));
	}

	public AccountView register(RegistrationRequest request) {
		String email = normalize(request.email());
		String passwordProblem = this.passwordPolicy.problemWith(request.password(), email);
		if (passwordProblem != null) {
			throw new InvalidFieldException("password", passwordProblem);
		}
		if (this.accounts.existsByEmail(email)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "An account with this e-mail address already exists.");
		}
		String hash = this.passwordEncoder.encode(request.password());
		return this.inTransaction.execute((status) -> {
			UserAccount account = new UserAccount(email, request.displayName().strip(), hash, this.clock.instant());
			if (this.administration.isInitialAdmin(email)) {
				account.setRoles(java.util.EnumSet.of(Role.USER, Role.ADMIN), this.clock.instant());
			}
			account = this.accounts.save(account);
			this.events.publish(EventEnvelope.of(account.getId(),
					new UserRegistered(account.getEmail(), account.getDisplayName()), this.clock.instant()));
			return AccountView.of(account);
		});
	}

	/**
	 * Signs in. Unknown e-mail and wrong password fail alike and take about as long (the password
	 * is checked against a stand-in hash); repeated failures lock the account and the address.
	 */
	public TokenResponse login(String email, String password, String clientAddress) {
		String normalized = normalize(email);
		this.throttle.lockedFor(normalized, clientAddress).ifPresent((wait) -> {
			throw new TooManyAttemptsException(wait);
		});
		UserAccount account = this.accounts.findByEmail(normalized).orElse(null);
		String hash = (account != null) ? account.getPasswordHash() : this.unknownAccountHash.get();
		boolean matches = this.passwordEncoder.matches(password, hash);
		if (account == null || !matches) {
			this.throttle.recordFailure(normalized, clientAddress);
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS);
		}
		this.throttle.recordSuccess(normalized);
		return this.inTransaction.execute((status) -> {
			// Locked and checked again: a password change committed since the hash was checked
			// revokes every sign-in, and this one must not slip in after it with the old password.
			UserAccount current = this.accounts.findForUpdate(account.getId()).orElse(null);
			if (current == null || !current.getPasswordHash().equals(account.getPasswordHash())) {
				throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS);
			}
			return issueTokens(current, UUID.randomUUID());
		});
	}

	/**
	 * Trades a refresh token for a new pair. A token that was already rotated or revoked is being
	 * replayed, by the user or by a thief who copied it: its whole family is revoked.
	 */
	@Transactional(noRollbackFor = ResponseStatusException.class)
	public TokenResponse refresh(String refreshToken) {
		Instant now = this.clock.instant();
		RefreshToken token = this.refreshTokens.findByTokenHash(hash(refreshToken))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, INVALID_REFRESH));
		if (token.isSpent()) {
			this.refreshTokens.revokeFamily(token.getFamilyId(), now);
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, INVALID_REFRESH);
		}
		if (token.isExpiredAt(now)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, INVALID_REFRESH);
		}
		token.markRotated(now);
		UserAccount account = this.accounts.findById(token.getUserId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, INVALID_REFRESH));
		return issueTokens(account, token.getFamilyId());
	}

	/** Ends the sign-in the token belongs to; an unknown token is already as good as logged out. */
	@Transactional
	public void logout(String refreshToken) {
		this.refreshTokens.findByTokenHash(hash(refreshToken))
			.ifPresent((token) -> this.refreshTokens.revokeFamily(token.getFamilyId(), this.clock.instant()));
	}

	/** Ends every sign-in of the user; access tokens already issued expire on their own. */
	@Transactional
	public void logoutEverywhere(UUID userId) {
		this.refreshTokens.revokeAllOfUser(userId, this.clock.instant());
	}

	/** Needs the current password; ends every sign-in, so a thief holding a refresh token is out. */
	public void changePassword(UUID userId, String currentPassword, String newPassword, String clientAddress) {
		UserAccount checked = requireCurrentPassword(userId, currentPassword, clientAddress);
		String problem = this.passwordPolicy.problemWith(newPassword, checked.getEmail());
		if (problem != null) {
			throw new InvalidFieldException("newPassword", problem);
		}
		String newHash = this.passwordEncoder.encode(newPassword);
		this.inTransaction.executeWithoutResult((status) -> {
			unchangedSince(checked).changePassword(newHash, this.clock.instant());
			this.refreshTokens.revokeAllOfUser(userId, this.clock.instant());
		});
	}

	public AccountView changeEmail(UUID userId, String currentPassword, String newEmail, String clientAddress) {
		UserAccount checked = requireCurrentPassword(userId, currentPassword, clientAddress);
		String email = normalize(newEmail);
		return this.inTransaction.execute((status) -> {
			UserAccount account = unchangedSince(checked);
			if (!email.equals(account.getEmail()) && this.accounts.existsByEmail(email)) {
				throw new ResponseStatusException(HttpStatus.CONFLICT, "An account with this e-mail address already exists.");
			}
			account.changeEmail(email, this.clock.instant());
			return AccountView.of(account);
		});
	}

	/** Deletes the account with its roles and refresh tokens (the database cascades). */
	public void delete(UUID userId, String currentPassword, String clientAddress) {
		UserAccount checked = requireCurrentPassword(userId, currentPassword, clientAddress);
		this.inTransaction.executeWithoutResult((status) -> {
			this.accounts.delete(unchangedSince(checked));
			// Other services erase what they hold for this user when this arrives.
			this.events.publish(EventEnvelope.of(userId, new UserDeleted(), this.clock.instant()));
		});
	}

	/**
	 * The account, loaded again and locked inside the write's transaction, as long as its password
	 * is still the one just checked: a change that slipped in between was made with the old
	 * password too, but this request must not build on a check it no longer matches.
	 */
	private UserAccount unchangedSince(UserAccount checked) {
		UserAccount account = this.accounts.findForUpdate(checked.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This account no longer exists."));
		if (!account.getPasswordHash().equals(checked.getPasswordHash())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"The password changed while this request was checked; try again with the current one.");
		}
		return account;
	}

	/** The account, if the password is right; a wrong one counts as a failed sign-in. */
	private UserAccount requireCurrentPassword(UUID userId, String password, String clientAddress) {
		UserAccount account = this.accounts.findById(userId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This account no longer exists."));
		this.throttle.lockedFor(account.getEmail(), clientAddress).ifPresent((wait) -> {
			throw new TooManyAttemptsException(wait);
		});
		if (!this.passwordEncoder.matches(password, account.getPasswordHash())) {
			this.throttle.recordFailure(account.getEmail(), clientAddress);
			throw new InvalidFieldException("currentPassword", "is not your current password");
		}
		return account;
	}

	@Transactional(readOnly = true)
	public AccountView account(UUID userId) {
		return this.accounts.findById(userId)
			.map(AccountView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This account no longer exists."));
	}

	private TokenResponse issueTokens(UserAccount account, UUID familyId) {
		Instant now = this.clock.instant();
		TokenPreferences.Preferences preferences = this.preferences.of(account.getId());
		AccessTokenIssuer.AccessToken access = this.accessTokens.issue(account.getId(),
				account.getRoles().stream().map(Role::name).sorted().toList(), preferences.units(),
				preferences.timeZone());
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String refreshValue = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.refreshTokens.save(new RefreshToken(familyId, account.getId(), hash(refreshValue), now,
				now.plus(this.refreshLifetime)));
		return new TokenResponse(access.value(), "Bearer", Duration.between(now, access.expiresAt()).toSeconds(),
				refreshValue, this.refreshLifetime.toSeconds());
	}

	private static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
