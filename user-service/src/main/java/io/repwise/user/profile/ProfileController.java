package io.repwise.user.profile;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.web.PageView;
import io.repwise.user.profile.ProfileDtos.BodyWeightInput;
import io.repwise.user.profile.ProfileDtos.BodyWeightView;
import io.repwise.user.profile.ProfileDtos.ProfileView;

/** {@code /api/v1/profiles/me}: always the token's own user, never an id from the request. */
@RestController
@RequestMapping("/api/v1/profiles/me")
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	ProfileView get(@AuthenticationPrincipal Jwt token) {
		return this.profiles.get(userId(token));
	}

	@PutMapping
	ProfileView update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ProfileUpdate update) {
		return this.profiles.update(userId(token), update);
	}

	@GetMapping("/body-weight")
	PageView<BodyWeightView> bodyWeights(@AuthenticationPrincipal Jwt token,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.profiles.bodyWeightHistory(userId(token), from, to, page, size);
	}

	@PostMapping("/body-weight")
	ResponseEntity<BodyWeightView> addBodyWeight(@AuthenticationPrincipal Jwt token,
			@Valid @RequestBody BodyWeightInput input) {
		BodyWeightView entry = this.profiles.addBodyWeight(userId(token), input);
		return ResponseEntity.created(URI.create("/api/v1/profiles/me/body-weight/" + entry.id())).body(entry);
	}

	@DeleteMapping("/body-weight/{id}")
	ResponseEntity<Void> deleteBodyWeight(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		this.profiles.deleteBodyWeight(userId(token), id);
		return ResponseEntity.noContent().build();
	}

	private static UUID userId(Jwt token) {
		return UUID.fromString(token.getSubject());
	}

}
