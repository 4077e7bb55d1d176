package io.repwise.common.event;

import java.util.List;

/**
 * The payload of one kind of domain event, as publishers write it and consumers read it: one
 * record per event type, named as the type ({@code WorkoutCompleted}), its components the
 * payload's fields. docs/EVENTS.md lists them and {@code EventCatalogTests} holds the two
 * together. A change that breaks consumers raises {@link #version()} instead of changing a field.
 */
public sealed interface DomainEvent permits UserRegistered, UserDeleted, WorkoutCompleted, PersonalRecordAchieved {

	/** Every event type the suite publishes. */
	List<Class<? extends DomainEvent>> TYPES = List.of(UserRegistered.class, UserDeleted.class, WorkoutCompleted.class,
			PersonalRecordAchieved.class);

	/** The envelope's {@code type}: the record's name. */
	default String type() {
		return getClass().getSimpleName();
	}

	/** The payload's schema version, carried in the envelope. */
	default int version() {
		return 1;
	}

	/** The record for an envelope's type, or {@code null} for a type the suite does not publish. */
	static Class<? extends DomainEvent> ofType(String type) {
		return TYPES.stream().filter((candidate) -> candidate.getSimpleName().equals(type)).findFirst().orElse(null);
	}

}
