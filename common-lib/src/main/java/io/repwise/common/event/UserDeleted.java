package io.repwise.common.event;

/** An account was deleted (user-service): consumers erase everything they hold for the subject. */
public record UserDeleted() implements DomainEvent {
}
