package io.repwise.notification.feed;

import java.util.Map;
import java.util.UUID;

/** A notification to deliver to a user, worded and ready. */
public record NewNotification(UUID userId, NotificationType type, String title, String body, Map<String, Object> data,
		UUID eventId) {
}
