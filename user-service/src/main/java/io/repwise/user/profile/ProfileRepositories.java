package io.repwise.user.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, UUID> {

	/**
	 * Creates the user's profile with its defaults unless it exists: two first requests of a new
	 * user at once both get the one row instead of one failing on the primary key.
	 */
	@Modifying
	@Query(value = """
			INSERT INTO profile (user_id, unit_system, time_zone, updated_at) VALUES (:userId, 'METRIC', 'UTC', :now)
			ON CONFLICT (user_id) DO NOTHING""", nativeQuery = true)
	void createIfMissing(UUID userId, Instant now);

}

interface BodyWeightEntryRepository extends JpaRepository<BodyWeightEntry, UUID> {

	/** Newest first. */
	Page<BodyWeightEntry> findByUserIdAndMeasuredOnBetweenOrderByMeasuredOnDescCreatedAtDesc(UUID userId,
			LocalDate from, LocalDate to, Pageable pageable);

	/** Only the owner's entry: another user's id is simply not found. */
	Optional<BodyWeightEntry> findByIdAndUserId(UUID id, UUID userId);

}
