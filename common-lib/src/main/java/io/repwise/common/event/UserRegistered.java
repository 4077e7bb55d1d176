package io.repwise.common.event;

/**
 * An account was created (user-service, in the registration transaction).
 *
 * @param email the address notifications are sent to
 * @param displayName how the user is greeted
 */
public record UserRegistered(String email, String displayName) implements DomainEvent {
}
