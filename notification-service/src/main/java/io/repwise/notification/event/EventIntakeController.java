package io.repwise.notification.event;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.event.EventEnvelope;

/**
 * Where the other services' outbox relays deliver events. Service to service only: the gateway
 * never routes {@code /internal/**}, and a service token with {@code events:write} is required.
 */
@RestController
class EventIntakeController {

	private final EventIntake intake;

	EventIntakeController(EventIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/internal/events")
	@PreAuthorize("hasAuthority('SCOPE_events:write')")
	ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody EventEnvelope event) {
		boolean isNew = this.intake.accept(event);
		return ResponseEntity.accepted().body(Map.of("eventId", event.id(), "duplicate", !isNew));
	}

}
