package io.repwise.notification.email;

/** The text around a notification's words in an email. */
final class EmailTemplate {

	private EmailTemplate() {
	}

	static String body(String displayName, String text) {
		String name = (displayName != null && !displayName.isBlank()) ? displayName : "there";
		return "Hi " + name + ",\n\n" + text + "\n\nKeep it up,\nRepwise\n\n"
				+ "You can choose which emails you get, and quiet hours, in the app's notification settings.\n";
	}

}
