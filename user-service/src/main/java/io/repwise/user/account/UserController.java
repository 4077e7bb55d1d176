package io.repwise.user.account;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.user.account.AccountDtos.AccountView;

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
		return this.accounts.account(UUID.fromString(token.getSubject()));
	}

}
