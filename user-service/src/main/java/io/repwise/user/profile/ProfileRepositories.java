package io.repwise.user.profile;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<Profile, UUID> {

}

interface BodyWeightEntryRepository extends JpaRepository<BodyWeightEntry, UUID> {

	/** Newest first. */
	Page<BodyWeightEntry> findByUserIdAndMeasuredOnBetweenOrderByMeasuredOnDescCreatedAtDesc(UUID userId,
			LocalDate from, LocalDate to, Pageable pageable);

	/** Only the owner's entry: another user's id is simply not found. */
	Optional<BodyWeightEntry> findByIdAndUserId(UUID id, UUID userId);

}
