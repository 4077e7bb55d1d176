package io.repwise.notification.preference;

/** How a notification reaches a user. */
public enum Channel {

	IN_APP, EMAIL

}
