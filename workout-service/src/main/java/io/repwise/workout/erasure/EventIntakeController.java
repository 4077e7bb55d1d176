package io.repwise.workout.erasure;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.event.EventEnvelope;

/**
 * Where user-service's outbox relay delivers {@code UserDeleted}. Service to service only: the
 * gateway never routes {@code /internal/**}, and a service token with {@code events:write} is
 * required.
 */
@Tag(name = "Event intake (internal)", description = "Events from the other services; service tokens with events:write only.")
@RestController
class EventIntakeController {

	private final AccountErasure erasure;

	EventIntakeController(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@PostMapping("/internal/events")
	@Operation(operationId = "receiveEvent", summary = "Take in an event",
			description = "An event envelope; UserDeleted erases everything of the user. Each event id is taken in once, and a repeat answers duplicate: true.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('SCOPE_events:write')")
	ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody EventEnvelope event) {
		boolean isNew = this.erasure.accept(event);
		return ResponseEntity.accepted().body(Map.of("eventId", event.id(), "duplicate", !isNew));
	}

}
