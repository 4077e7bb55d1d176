package io.repwise.user.account;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.user.account.AccountDtos.AccountDeletion;
import io.repwise.user.account.AccountDtos.AccountView;
import io.repwise.user.account.AccountDtos.EmailChange;
import io.repwise.user.account.AccountDtos.PasswordChange;

/** The signed-in user's own account: always the token's subject, never an id from the request. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

	private final AccountService accounts;

	UserController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/me")
	AccountView me(@AuthenticationPrincipal Jwt token) {
		return this.accounts.account(userId(token));
	}

	@PutMapping("/me/password")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PasswordChange change,
			HttpServletRequest http) {
		this.accounts.changePassword(userId(token), change.currentPassword(), change.newPassword(), http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/me/email")
	AccountView changeEmail(@AuthenticationPrincipal Jwt token, @Valid @RequestBody EmailChange change,
			HttpServletRequest http) {
		return this.accounts.changeEmail(userId(token), change.currentPassword(), change.newEmail(), http.getRemoteAddr());
	}

	@DeleteMapping("/me")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AccountDeletion deletion,
			HttpServletRequest http) {
		this.accounts.delete(userId(token), deletion.currentPassword(), http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	private static UUID userId(Jwt token) {
		return UUID.fromString(token.getSubject());
	}

}
