package io.repwise.notification.stream;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.security.CurrentUser;

/**
 * My notifications as they happen, as Server-Sent Events ({@code event: notification}, the id is
 * the notification's). Reconnecting with {@code Last-Event-ID} first replays what was missed.
 */
@Tag(name = "Notifications")
@RestController
class StreamController {

	private final NotificationStream stream;

	StreamController(NotificationStream stream) {
		this.stream = stream;
	}

	@GetMapping(path = "/api/v1/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "notificationStream", summary = "Live notifications",
			description = "Server-Sent Events, one per notification, with heartbeats; reconnecting with Last-Event-ID first replays what was missed.")
	SseEmitter stream(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		return this.stream.open(CurrentUser.of(token), parse(lastEventId));
	}

	private static UUID parse(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(lastEventId.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("Last-Event-ID", "must be the id of an event this stream sent");
		}
	}

}
