package io.repwise.notification;

import io.repwise.testsupport.ServiceArchitectureTests;

/** The layout rules of docs/ARCHITECTURE.md, held for notification-service; a new domain engine joins the list. */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super("notification",
				"io.repwise.notification.reminder.ReminderSchedule",
				"io.repwise.notification.email.QuietHoursWindow",
				"io.repwise.notification.email.EmailTemplate",
				"io.repwise.notification.event.Messages");
	}

}
