package io.repwise.notification.feed;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.web.PageView;
import io.repwise.notification.feed.NotificationStore.Notification;
import io.repwise.common.security.CurrentUser;

/** My in-app notifications. Someone else's notification id is a 404, like one that never existed. */
@Tag(name = "Notifications", description = "My notifications: records, workout summaries and reminders.")
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

	private final NotificationStore store;

	NotificationController(NotificationStore store) {
		this.store = store;
	}

	@GetMapping
	@Operation(operationId = "listNotifications", summary = "My notifications",
			description = "Newest first, a page at a time; only the unread when asked.")
	PageView<Notification> list(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		UUID user = CurrentUser.of(token);
		long total = this.store.count(user, unread);
		return PageView.of(this.store.page(user, unread, page, size), page, size, total);
	}

	@GetMapping("/unread-count")
	@Operation(operationId = "unreadCount", summary = "How many are unread",
			description = "The count for the badge.")
	Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt token) {
		return Map.of("unread", this.store.count(CurrentUser.of(token), true));
	}

	@PostMapping("/{id}/read")
	@Operation(operationId = "markRead", summary = "Mark one read",
			description = "Only my own.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> markRead(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		if (!this.store.markRead(CurrentUser.of(token), id)) {
			throw notFound();
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	@Operation(operationId = "markAllRead", summary = "Mark all read",
			description = "Answers how many were marked.")
	Map<String, Integer> markAllRead(@AuthenticationPrincipal Jwt token) {
		return Map.of("marked", this.store.markAllRead(CurrentUser.of(token)));
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteNotification", summary = "Delete a notification",
			description = "Only my own.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		if (!this.store.delete(CurrentUser.of(token), id)) {
			throw notFound();
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification with this id.");
	}

}
