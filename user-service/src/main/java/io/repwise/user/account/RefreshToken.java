package io.repwise.user.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refresh token, stored only as its hash. Using it rotates it: it is marked rotated and a
 * new token of the same family (the same login) replaces it.
 */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

	@Id
	private UUID id;

	@Column(name = "family_id", nullable = false)
	private UUID familyId;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "rotated_at")
	private Instant rotatedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected RefreshToken() {
	}

	RefreshToken(UUID familyId, UUID userId, String tokenHash, Instant issuedAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.familyId = familyId;
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	UUID getFamilyId() {
		return this.familyId;
	}

	UUID getUserId() {
		return this.userId;
	}

	/** Rotated or revoked: presenting it again is reuse. */
	boolean isSpent() {
		return this.rotatedAt != null || this.revokedAt != null;
	}

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	void markRotated(Instant now) {
		this.rotatedAt = now;
	}

}
