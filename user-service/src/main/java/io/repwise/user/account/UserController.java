package io.repwise.user.account;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.user.account.AccountDtos.AccountDeletion;
import io.repwise.user.account.AccountDtos.AccountView;
import io.repwise.user.account.AccountDtos.EmailChange;
import io.repwise.user.account.AccountDtos.PasswordChange;

/** The signed-in user's own account: always the token's subject, never an id from the request. */
@Tag(name = "Account", description = "The signed-in account: always the token's subject, never an id from the request.")
@RestController
@RequestMapping("/api/v1/users")
class UserController {

	private final AccountService accounts;

	UserController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/me")
	@Operation(operationId = "getAccount", summary = "My account",
			description = "The e-mail address, display name and roles of the signed-in account.")
	@ApiResponse(responseCode = "200", description = "The account.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	AccountView me(@AuthenticationPrincipal Jwt token) {
		return this.accounts.account(userId(token));
	}

	@PutMapping("/me/password")
	@Operation(operationId = "changePassword", summary = "Change my password",
			description = "Needs the current password; every refresh token is revoked, so each device signs in again.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	@ApiResponse(responseCode = "429", description = "Too many wrong current passwords; `Retry-After` says when to try again.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PasswordChange change,
			HttpServletRequest http) {
		this.accounts.changePassword(userId(token), change.currentPassword(), change.newPassword(), http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/me/email")
	@Operation(operationId = "changeEmail", summary = "Change my e-mail address",
			description = "Needs the current password; the new address must not belong to another account.")
	@ApiResponse(responseCode = "200", description = "The account with its new e-mail address.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	@ApiResponse(responseCode = "429", description = "Too many wrong current passwords; `Retry-After` says when to try again.")
	AccountView changeEmail(@AuthenticationPrincipal Jwt token, @Valid @RequestBody EmailChange change,
			HttpServletRequest http) {
		return this.accounts.changeEmail(userId(token), change.currentPassword(), change.newEmail(), http.getRemoteAddr());
	}

	@DeleteMapping("/me")
	@Operation(operationId = "deleteAccount", summary = "Delete my account",
			description = "Needs the current password. Take your history first: GET /api/v1/exports gives everything as a file "
					+ "POST /api/v1/imports takes back, and nothing can be exported afterwards. Deletes the account, its profile, "
					+ "body weights and sign-ins; a UserDeleted event has workout-service and notification-service erase what they keep.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	@ApiResponse(responseCode = "429", description = "Too many wrong current passwords; `Retry-After` says when to try again.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AccountDeletion deletion,
			HttpServletRequest http) {
		this.accounts.delete(userId(token), deletion.currentPassword(), http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	private static UUID userId(Jwt token) {
		return UUID.fromString(token.getSubject());
	}

}
