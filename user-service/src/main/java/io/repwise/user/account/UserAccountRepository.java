package io.repwise.user.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	/** Case-insensitive: the column is citext. */
	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	Page<UserAccount> findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(String email, String displayName,
			Pageable pageable);

}
