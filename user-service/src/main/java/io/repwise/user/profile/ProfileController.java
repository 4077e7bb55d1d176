package io.repwise.user.profile;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.web.PageView;
import io.repwise.user.profile.ProfileDtos.BodyWeightInput;
import io.repwise.user.profile.ProfileDtos.BodyWeightView;
import io.repwise.user.profile.ProfileDtos.ProfileView;

/** {@code /api/v1/profiles/me}: always the token's own user, never an id from the request. */
@Tag(name = "Profile", description = "The signed-in user's training profile and body-weight history, in their units.")
@RestController
@RequestMapping("/api/v1/profiles/me")
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(operationId = "getProfile", summary = "My profile",
			description = "Goals, experience, equipment, schedule, units and time zone; created with defaults on first use.")
	@ApiResponse(responseCode = "200", description = "The profile.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	ProfileView get(@AuthenticationPrincipal Jwt token) {
		return this.profiles.get(userId(token));
	}

	@PutMapping
	@Operation(operationId = "updateProfile", summary = "Change my profile",
			description = "Height and weight come with their unit. Units and time zone reach the other services with the next access token.")
	@ApiResponse(responseCode = "200", description = "The profile as saved.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	ProfileView update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ProfileUpdate update) {
		return this.profiles.update(userId(token), update);
	}

	@GetMapping("/body-weight")
	@Operation(operationId = "listBodyWeights", summary = "My body-weight history",
			description = "Entries between from and to (dates in my time zone), newest first, a page at a time.")
	PageView<BodyWeightView> bodyWeights(@AuthenticationPrincipal Jwt token,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.profiles.bodyWeightHistory(userId(token), from, to, page, size);
	}

	@PostMapping("/body-weight")
	@Operation(operationId = "addBodyWeight", summary = "Log my body weight",
			description = "An entry with its weight, unit and optional note.")
	@ApiResponse(responseCode = "404", description = "The account was deleted.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<BodyWeightView> addBodyWeight(@AuthenticationPrincipal Jwt token,
			@Valid @RequestBody BodyWeightInput input) {
		BodyWeightView entry = this.profiles.addBodyWeight(userId(token), input);
		return ResponseEntity.created(URI.create("/api/v1/profiles/me/body-weight/" + entry.id())).body(entry);
	}

	@DeleteMapping("/body-weight/{id}")
	@Operation(operationId = "deleteBodyWeight", summary = "Delete a body-weight entry",
			description = "Only my own entries.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> deleteBodyWeight(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		this.profiles.deleteBodyWeight(userId(token), id);
		return ResponseEntity.noContent().build();
	}

	private static UUID userId(Jwt token) {
		return UUID.fromString(token.getSubject());
	}

}
