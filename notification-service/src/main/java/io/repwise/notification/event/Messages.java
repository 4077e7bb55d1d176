package io.repwise.notification.event;

import java.util.Locale;
import java.util.Map;

/**
 * The wording of notifications, from event payloads. Weights arrive in kilograms and are shown in
 * the unit system the event names ({@code units}: {@code metric} or {@code imperial}).
 */
final class Messages {

	private static final double POUNDS_PER_KILOGRAM = 2.2046226218;

	private Messages() {
	}

	record Message(String title, String body) {
	}

	static Message welcome(Map<String, Object> payload) {
		String name = text(payload, "displayName", "there");
		return new Message("Welcome to Repwise, " + name + "!",
				"Log your first workout, or copy a routine template to get a plan with progression built in.");
	}

	static Message workoutSummary(Map<String, Object> payload) {
		boolean imperial = imperial(payload);
		long minutes = Math.round(number(payload, "durationSeconds") / 60.0);
		long sets = Math.round(number(payload, "completedSets"));
		String volume = weight(number(payload, "volumeKg"), imperial);
		long streak = Math.round(number(payload, "weekStreak"));
		long records = Math.round(number(payload, "newRecords"));
		StringBuilder body = new StringBuilder();
		body.append(minutes).append(" min, ").append(sets).append(sets == 1 ? " set, " : " sets, ").append(volume)
			.append(" lifted. ");
		body.append((streak <= 1) ? "A new weekly streak starts today."
				: "Streak kept: " + streak + " weeks in a row.");
		if (records > 0) {
			body.append(' ').append(records).append(records == 1 ? " new personal record." : " new personal records.");
		}
		return new Message("Workout complete: " + text(payload, "name", "your workout"), body.toString());
	}

	static Message personalRecord(Map<String, Object> payload) {
		boolean imperial = imperial(payload);
		String exercise = text(payload, "exerciseName", "an exercise");
		double value = number(payload, "value");
		Object previous = payload.get("previousValue");
		String kind = text(payload, "kind", "");
		String what = switch (kind) {
			case "HEAVIEST_WEIGHT" -> "heaviest lift: " + weight(value, imperial);
			case "REPS_AT_WEIGHT" -> Math.round(value) + " reps at " + weight(number(payload, "weightKg"), imperial);
			case "ESTIMATED_1RM" -> "estimated one-rep max: " + weight(value, imperial);
			case "SESSION_VOLUME" -> "most volume in one session: " + weight(value, imperial);
			case "LONGEST_DISTANCE" -> "longest distance: " + distance(value, imperial);
			case "FASTEST_PACE" -> "fastest pace: " + pace(value, imperial);
			default -> "a new best";
		};
		String beaten = "";
		if (previous instanceof Number number) {
			beaten = switch (kind) {
				case "HEAVIEST_WEIGHT", "ESTIMATED_1RM", "SESSION_VOLUME" -> " (before: " + weight(number.doubleValue(), imperial) + ")";
				case "REPS_AT_WEIGHT" -> " (before: " + Math.round(number.doubleValue()) + ")";
				case "LONGEST_DISTANCE" -> " (before: " + distance(number.doubleValue(), imperial) + ")";
				case "FASTEST_PACE" -> " (before: " + pace(number.doubleValue(), imperial) + ")";
				default -> "";
			};
		}
		return new Message("New personal record: " + exercise, "Your " + what + beaten + ". Well done!");
	}

	static String weight(double kilograms, boolean imperial) {
		double value = imperial ? kilograms * POUNDS_PER_KILOGRAM : kilograms;
		return number(value) + (imperial ? " lb" : " kg");
	}

	static String distance(double metres, boolean imperial) {
		return imperial ? String.format(Locale.ROOT, "%.2f mi", metres / 1609.344)
				: String.format(Locale.ROOT, "%.2f km", metres / 1000);
	}

	/** Seconds per kilometre as m:ss per km (or per mile). */
	static String pace(double secondsPerKm, boolean imperial) {
		long seconds = Math.round(imperial ? secondsPerKm * 1.609344 : secondsPerKm);
		return String.format(Locale.ROOT, "%d:%02d per %s", seconds / 60, seconds % 60, imperial ? "mi" : "km");
	}

	private static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

	private static boolean imperial(Map<String, Object> payload) {
		return "imperial".equals(payload.get("units"));
	}

	private static double number(Map<String, Object> payload, String key) {
		return (payload.get(key) instanceof Number number) ? number.doubleValue() : 0;
	}

	private static String text(Map<String, Object> payload, String key, String fallback) {
		Object value = payload.get(key);
		return (value instanceof String text && !text.isBlank()) ? text : fallback;
	}

}
