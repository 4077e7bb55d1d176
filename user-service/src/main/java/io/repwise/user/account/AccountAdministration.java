package io.repwise.user.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.web.PageView;
import io.repwise.common.web.SpringDataPages;
import io.repwise.user.account.AccountDtos.AccountView;

/** Finding accounts and granting roles; the first administrator comes from configuration. */
@Service
@Transactional
public class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final UserAccountRepository accounts;

	private final String initialAdminEmail;

	AccountAdministration(UserAccountRepository accounts,
			@Value("${repwise.admin.initial-email:}") String initialAdminEmail) {
		this.accounts = accounts;
		this.initialAdminEmail = initialAdminEmail.strip().toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public PageView<AccountView> search(String query, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by("email"));
		String term = query.strip();
		return SpringDataPages.view(term.isEmpty() ? this.accounts.findAll(request)
				: this.accounts.findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(term, term, request),
				AccountView::of);
	}

	public AccountView setRoles(UUID accountId, Set<Role> roles, UUID adminId) {
		UserAccount account = this.accounts.findById(accountId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No account with this id."));
		if (accountId.equals(adminId) && !roles.contains(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"You cannot remove your own ADMIN role; ask another administrator.");
		}
		EnumSet<Role> granted = EnumSet.copyOf(roles);
		granted.add(Role.USER);
		account.setRoles(granted, Instant.now());
		log.info("Roles of account {} set to {} by {}", accountId, granted, adminId);
		return AccountView.of(account);
	}

	/** Whether a newly registered address is the configured first administrator's. */
	boolean isInitialAdmin(String email) {
		return !this.initialAdminEmail.isEmpty() && this.initialAdminEmail.equals(email);
	}

	/** Also covers the first administrator having registered before the setting was made. */
	@EventListener(ApplicationReadyEvent.class)
	public void grantInitialAdmin() {
		if (this.initialAdminEmail.isEmpty()) {
			return;
		}
		this.accounts.findByEmail(this.initialAdminEmail).ifPresent((account) -> {
			if (!account.getRoles().contains(Role.ADMIN)) {
				EnumSet<Role> roles = EnumSet.of(Role.USER, Role.ADMIN);
				account.setRoles(roles, Instant.now());
				this.accounts.save(account);
				log.info("Granted ADMIN to the configured initial administrator {}", account.getId());
			}
		});
	}

}
