package io.repwise.user.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request and response bodies of the account endpoints. */
final class AccountDtos {

	private AccountDtos() {
	}

	record RegistrationRequest(@NotBlank @Email @Size(max = 254) @Schema(example = "lee@example.com") String email,
			@NotBlank @Size(max = 100) @Schema(example = "Lee") String displayName,
			@NotBlank @Size(max = 200) @Schema(example = "plates-and-coffee-42") String password) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) @Schema(example = "lee@example.com") String email,
			@NotBlank @Size(max = 200) @Schema(example = "plates-and-coffee-42") String password) {
	}

	record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
	}

	record PasswordChange(@NotBlank @Size(max = 200) String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
	}

	record EmailChange(@NotBlank @Size(max = 200) String currentPassword,
			@NotBlank @Email @Size(max = 254) String newEmail) {
	}

	record AccountDeletion(@NotBlank @Size(max = 200) String currentPassword) {
	}

	record AccountView(UUID id, String email, String displayName, Set<Role> roles, Instant createdAt) {

		static AccountView of(UserAccount account) {
			return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
					account.getCreatedAt());
		}

	}

	/**
	 * @param expiresIn seconds until the access token expires
	 * @param refreshExpiresIn seconds until the refresh token expires
	 */
	record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
			long refreshExpiresIn) {
	}

}
