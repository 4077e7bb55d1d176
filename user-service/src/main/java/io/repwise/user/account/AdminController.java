package io.repwise.user.account;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

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
	PageView<AccountView> search(@RequestParam(defaultValue = "") @Size(max = 100) String query,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.administration.search(query, page, size);
	}

	@PutMapping("/{id}/roles")
	AccountView grantRoles(@PathVariable UUID id, @Valid @RequestBody RoleChange change,
			@AuthenticationPrincipal Jwt admin) {
		return this.administration.setRoles(id, change.roles(), UUID.fromString(admin.getSubject()));
	}

	record RoleChange(@NotEmpty Set<Role> roles) {
	}

}
