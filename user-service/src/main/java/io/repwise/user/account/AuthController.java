package io.repwise.user.account;

import java.net.URI;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.user.account.AccountDtos.AccountView;
import io.repwise.user.account.AccountDtos.LoginRequest;
import io.repwise.user.account.AccountDtos.RefreshRequest;
import io.repwise.user.account.AccountDtos.RegistrationRequest;
import io.repwise.user.account.AccountDtos.TokenResponse;

@Tag(name = "Sign-in", description = "Accounts, sign-in and tokens: an access token (15 minutes) and a refresh token (30 days) per sign-in.")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

	private final AccountService accounts;

	AuthController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/register")
	@Operation(operationId = "register", summary = "Create an account",
			description = "A new account with its e-mail address (unique, any case), display name and password (10 or more characters, not a common one). Sign in afterwards.")
	@ApiResponse(responseCode = "409", description = "An account with this e-mail address already exists.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AccountView> register(@Valid @RequestBody RegistrationRequest request) {
		AccountView account = this.accounts.register(request);
		return ResponseEntity.created(URI.create("/api/v1/users/me")).body(account);
	}

	@PostMapping("/login")
	@Operation(operationId = "login", summary = "Sign in",
			description = "Exchanges e-mail address and password for an access token and a refresh token. Repeated failures for an account or from an address answer 429 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The token pair.")
	@ApiResponse(responseCode = "401", description = "Wrong e-mail address or password.")
	@ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this account or address; `Retry-After` says when to try again.")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		// The client's address: behind the gateway Tomcat takes it from X-Forwarded-For, which it
		// trusts only from internal proxies (server.forward-headers-strategy=native).
		return this.accounts.login(request.email(), request.password(), http.getRemoteAddr());
	}

	@PostMapping("/refresh")
	@Operation(operationId = "refresh", summary = "Renew the tokens",
			description = "Spends the refresh token for a new pair. Presenting a spent token again revokes that whole sign-in.")
	@ApiResponse(responseCode = "200", description = "The new token pair.")
	@ApiResponse(responseCode = "401", description = "The refresh token is unknown, expired, revoked or already used.")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return this.accounts.refresh(request.refreshToken());
	}

	@PostMapping("/logout")
	@Operation(operationId = "logout", summary = "Sign out",
			description = "Revokes the refresh token given; the access token expires by itself within 15 minutes.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
		this.accounts.logout(request.refreshToken());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/logout-all")
	@Operation(operationId = "logoutEverywhere", summary = "Sign out everywhere",
			description = "Revokes every refresh token of the signed-in account.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> logoutEverywhere(@AuthenticationPrincipal Jwt token) {
		this.accounts.logoutEverywhere(UUID.fromString(token.getSubject()));
		return ResponseEntity.noContent().build();
	}

}
