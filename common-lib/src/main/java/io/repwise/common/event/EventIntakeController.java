package io.repwise.common.event;

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

/**
 * Where the other services' outbox relays deliver events, in every service that consumes some
 * ({@link EventConsumer}). Service to service only: the gateway never routes
 * {@code /internal/**}, and a service token with {@code events:write} is required.
 */
@Tag(name = "Event intake (internal)", description = "Events from the other services; service tokens with events:write only.")
@RestController
public class EventIntakeController {

	private final EventConsumer consumer;

	public EventIntakeController(EventConsumer consumer) {
		this.consumer = consumer;
	}

	@PostMapping("/internal/events")
	@Operation(operationId = "receiveEvent", summary = "Take in an event",
			description = "An event envelope (docs/EVENTS.md); each event id is taken in once, and a repeat answers duplicate: true.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('SCOPE_events:write')")
	public ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody EventEnvelope event) {
		boolean isNew = this.consumer.accept(event);
		return ResponseEntity.accepted().body(Map.of("eventId", event.id(), "duplicate", !isNew));
	}

}
