package io.repwise.user.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 10 characters, at most 72 bytes (bcrypt ignores the rest),
 * not a well-known password and not the account's own e-mail address.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private final Set<String> commonPasswords;

	public PasswordPolicy() {
		try {
			this.commonPasswords = new ClassPathResource("common-passwords.txt").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Why the password is refused, or {@code null} when it is acceptable. */
	public String problemWith(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "must be at least " + MIN_LENGTH + " characters";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "must be at most " + MAX_BYTES + " bytes";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.commonPasswords.contains(lower)) {
			return "is too common; choose one that is not on lists of popular passwords";
		}
		if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
			return "must not be your e-mail address";
		}
		return null;
	}

}
