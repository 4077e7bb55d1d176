package io.repwise.notification.preference;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.notification.feed.NotificationType;
import io.repwise.common.security.CurrentUser;

/** My notification preferences: each type on or off per channel, and quiet hours for email. */
@Tag(name = "Preferences", description = "Which notifications reach me on which channel, and quiet hours.")
@RestController
@RequestMapping("/api/v1/notifications/preferences")
class PreferenceController {

	private final PreferenceStore store;

	PreferenceController(PreferenceStore store) {
		this.store = store;
	}

	record QuietHoursBody(@NotBlank @Size(max = 8) @Schema(example = "22:00") String start,
			@NotBlank @Size(max = 8) @Schema(example = "07:00") String end, @NotBlank @Size(max = 64) String timeZone) {
	}

	/** {@code channels} maps each type to its channels, such as {@code {"EMAIL": false}}; left out means on. */
	record PreferencesBody(@NotNull Map<NotificationType, @NotNull Map<Channel, @NotNull Boolean>> channels,
			@Valid QuietHoursBody quietHours) {
	}

	@GetMapping
	@Operation(operationId = "getPreferences", summary = "My preferences",
			description = "Channels per notification type (left out means on) and quiet hours.")
	PreferencesBody get(@AuthenticationPrincipal Jwt token) {
		UUID user = CurrentUser.of(token);
		QuietHoursBody quiet = this.store.quietHours(user)
			.map((hours) -> new QuietHoursBody(hours.start().toString(), hours.end().toString(), hours.zone().getId()))
			.orElse(null);
		return new PreferencesBody(this.store.all(user), quiet);
	}

	@PutMapping
	@Operation(operationId = "replacePreferences", summary = "Change my preferences",
			description = "Replaces channels and quiet hours.")
	PreferencesBody replace(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PreferencesBody body) {
		UUID user = CurrentUser.of(token);
		this.store.replace(user, body.channels(), quietHours(body.quietHours()));
		return get(token);
	}

	private static PreferenceStore.QuietHours quietHours(QuietHoursBody body) {
		if (body == null) {
			return null;
		}
		LocalTime start = time("quietHours.start", body.start());
		LocalTime end = time("quietHours.end", body.end());
		if (start.equals(end)) {
			throw new InvalidFieldException("quietHours.end", "must differ from start");
		}
		try {
			return new PreferenceStore.QuietHours(start, end, ZoneId.of(body.timeZone()));
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("quietHours.timeZone", "must be a time zone such as Europe/Berlin");
		}
	}

	private static LocalTime time(String field, String value) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "must be a time of day such as 22:00");
		}
	}

}
