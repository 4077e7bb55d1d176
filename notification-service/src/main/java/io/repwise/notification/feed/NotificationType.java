package io.repwise.notification.feed;

/** What a notification is about; preferences are set per type and channel. */
public enum NotificationType {

	WELCOME, WORKOUT_SUMMARY, PERSONAL_RECORD, WORKOUT_REMINDER, STREAK_AT_RISK

}
