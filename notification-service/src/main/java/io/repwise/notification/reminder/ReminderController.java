package io.repwise.notification.reminder;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.security.CurrentUser;
import io.repwise.notification.reminder.ReminderStore.Kind;
import io.repwise.notification.reminder.ReminderStore.Reminder;

/** My reminders. Someone else's reminder id is a 404. */
@Tag(name = "Reminders", description = "Training reminders on chosen weekdays at a local time.")
@RestController
@RequestMapping("/api/v1/notifications/reminders")
class ReminderController {

	private final ReminderStore store;

	private final Clock clock;

	ReminderController(ReminderStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** {@code time} is local ({@code 07:00}) in {@code timeZone}; {@code weekdays} are ISO names. */
	record ReminderRequest(@NotNull Kind kind, @NotEmpty @Size(max = 7) List<@NotNull DayOfWeek> weekdays,
			@NotBlank @Size(max = 8) @Schema(example = "07:00", description = "Local time of day, HH:mm.") String time, @NotBlank @Size(max = 64) String timeZone, Boolean enabled) {
	}

	record ReminderView(UUID id, Kind kind, List<DayOfWeek> weekdays, String time, String timeZone, boolean enabled,
			Instant nextFireAt, Instant lastFiredAt) {
	}

	@GetMapping
	@Operation(operationId = "listReminders", summary = "My reminders",
			description = "With when each fires next.")
	List<ReminderView> mine(@AuthenticationPrincipal Jwt token) {
		return this.store.mine(CurrentUser.of(token)).stream().map(ReminderController::view).toList();
	}

	@PostMapping
	@Operation(operationId = "createReminder", summary = "Create a reminder",
			description = "Weekdays, a local time and its time zone; at most a fixed number per user.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ReminderView> create(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ReminderRequest request) {
		UUID user = CurrentUser.of(token);
		if (this.store.count(user) >= ReminderStore.MAX_PER_USER) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"You have " + ReminderStore.MAX_PER_USER + " reminders, the most allowed; delete one first.");
		}
		Reminder reminder = reminder(UUID.randomUUID(), user, request);
		this.store.save(reminder);
		return ResponseEntity.created(URI.create("/api/v1/notifications/reminders/" + reminder.id())).body(view(reminder));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceReminder", summary = "Change a reminder",
			description = "Only my own.")
	ReminderView replace(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
			@Valid @RequestBody ReminderRequest request) {
		UUID user = CurrentUser.of(token);
		this.store.find(user, id).orElseThrow(ReminderController::notFound);
		Reminder reminder = reminder(id, user, request);
		this.store.save(reminder);
		return view(reminder);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteReminder", summary = "Delete a reminder",
			description = "Only my own.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		if (!this.store.delete(CurrentUser.of(token), id)) {
			throw notFound();
		}
		return ResponseEntity.noContent().build();
	}

	private Reminder reminder(UUID id, UUID user, ReminderRequest request) {
		LocalTime time;
		try {
			time = LocalTime.parse(request.time());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("time", "must be a time of day such as 07:00");
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(request.timeZone());
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("timeZone", "must be a time zone such as Europe/Berlin");
		}
		ReminderSchedule schedule = new ReminderSchedule(EnumSet.copyOf(request.weekdays()), time, zone);
		boolean enabled = (request.enabled() != null) ? request.enabled() : true;
		return new Reminder(id, user, request.kind(), schedule, enabled, schedule.nextAfter(this.clock.instant()), null);
	}

	private static ReminderView view(Reminder reminder) {
		return new ReminderView(reminder.id(), reminder.kind(),
				reminder.schedule().weekdays().stream().sorted().toList(), reminder.schedule().time().toString(),
				reminder.schedule().zone().getId(), reminder.enabled(), reminder.nextFireAt(), reminder.lastFiredAt());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No reminder with this id.");
	}

}
