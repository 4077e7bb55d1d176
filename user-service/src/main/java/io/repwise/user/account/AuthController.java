package io.repwise.user.account;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.user.account.AccountDtos.AccountView;
import io.repwise.user.account.AccountDtos.LoginRequest;
import io.repwise.user.account.AccountDtos.RefreshRequest;
import io.repwise.user.account.AccountDtos.RegistrationRequest;
import io.repwise.user.account.AccountDtos.TokenResponse;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

	private final AccountService accounts;

	AuthController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/register")
	ResponseEntity<AccountView> register(@Valid @RequestBody RegistrationRequest request) {
		AccountView account = this.accounts.register(request);
		return ResponseEntity.created(URI.create("/api/v1/users/me")).body(account);
	}

	@PostMapping("/login")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		// The client's address: behind the gateway Tomcat takes it from X-Forwarded-For, which it
		// trusts only from internal proxies (server.forward-headers-strategy=native).
		return this.accounts.login(request.email(), request.password(), http.getRemoteAddr());
	}

	@PostMapping("/refresh")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return this.accounts.refresh(request.refreshToken());
	}

	@PostMapping("/logout")
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
		this.accounts.logout(request.refreshToken());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/logout-all")
	ResponseEntity<Void> logoutEverywhere(@AuthenticationPrincipal Jwt token) {
		this.accounts.logoutEverywhere(UUID.fromString(token.getSubject()));
		return ResponseEntity.noContent().build();
	}

}
