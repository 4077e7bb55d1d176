package io.repwise.user.account;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	/** Case-insensitive: the column is citext. */
	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	/** The account, locked until the transaction ends, so two changes after one password check queue up. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT a FROM UserAccount a WHERE a.id = :id")
	Optional<UserAccount> findForUpdate(UUID id);

	Page<UserAccount> findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(String email, String displayName,
			Pageable pageable);

}
