package io.repwise.user.account;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.web.PageView;
import io.repwise.user.account.AccountDtos.AccountView;

/** Account administration, for the ADMIN role only. */
@Tag(name = "Administration", description = "Account administration, for the ADMIN role only.")
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

	private final AccountAdministration administration;

	AdminController(AccountAdministration administration) {
		this.administration = administration;
	}

	/** Accounts whose e-mail or display name contains {@code query} (all without one), by e-mail. */
	@GetMapping
	@Operation(operationId = "searchAccounts", summary = "Find accounts",
			description = "Accounts whose e-mail address or display name contains the text, a page at a time.")
	PageView<AccountView> search(@RequestParam(defaultValue = "") @Size(max = 100) String query,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.administration.search(query, page, size);
	}

	@PutMapping("/{id}/roles")
	@Operation(operationId = "setRoles", summary = "Set an account's roles",
			description = "Replaces the roles of an account; an administrator cannot take ADMIN from themselves.")
	AccountView grantRoles(@PathVariable UUID id, @Valid @RequestBody RoleChange change,
			@AuthenticationPrincipal Jwt admin) {
		return this.administration.setRoles(id, change.roles(), UUID.fromString(admin.getSubject()));
	}

	record RoleChange(@NotEmpty @Size(max = 2) Set<Role> roles) {
	}

}
