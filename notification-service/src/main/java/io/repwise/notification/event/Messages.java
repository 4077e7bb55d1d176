package io.repwise.notification.event;

import java.util.Locale;

import io.repwise.common.event.PersonalRecordAchieved;
import io.repwise.common.event.UserRegistered;
import io.repwise.common.event.WorkoutCompleted;
import io.repwise.training.WeightUnit;

/**
 * The wording of notifications, from typed event payloads. Weights arrive in kilograms and are
 * shown in the unit system the event names ({@code units}: {@code metric} or {@code imperial}).
 */
final class Messages {

	private Messages() {
	}

	record Message(String title, String body) {
	}

	static Message welcome(UserRegistered registered) {
		String name = text(registered.displayName(), "there");
		return new Message("Welcome to Repwise, " + name + "!",
				"Log your first workout, or copy a routine template to get a plan with progression built in.");
	}

	static Message workoutSummary(WorkoutCompleted completed) {
		boolean imperial = imperial(completed.units());
		long minutes = Math.round(completed.durationSeconds() / 60.0);
		long sets = completed.completedSets();
		String volume = weight(completed.volumeKg(), imperial);
		long streak = completed.weekStreak();
		long records = completed.newRecords();
		StringBuilder body = new StringBuilder();
		body.append(minutes).append(" min, ").append(sets).append(sets == 1 ? " set, " : " sets, ").append(volume)
			.append(" lifted. ");
		body.append((streak <= 1) ? "A new weekly streak starts today."
				: "Streak kept: " + streak + " weeks in a row.");
		if (records > 0) {
			body.append(' ').append(records).append(records == 1 ? " new personal record." : " new personal records.");
		}
		return new Message("Workout complete: " + text(completed.name(), "your workout"), body.toString());
	}

	static Message personalRecord(PersonalRecordAchieved record) {
		boolean imperial = imperial(record.units());
		String exercise = text(record.exerciseName(), "an exercise");
		double value = record.value();
		Double previous = record.previousValue();
		String kind = text(record.kind(), "");
		String what = switch (kind) {
			case "HEAVIEST_WEIGHT" -> "heaviest lift: " + weight(value, imperial);
			case "REPS_AT_WEIGHT" -> Math.round(value) + " reps at " + weight(record.weightKg(), imperial);
			case "ESTIMATED_1RM" -> "estimated one-rep max: " + weight(value, imperial);
			case "SESSION_VOLUME" -> "most volume in one session: " + weight(value, imperial);
			case "LONGEST_DISTANCE" -> "longest distance: " + distance(value, imperial);
			case "FASTEST_PACE" -> "fastest pace: " + pace(value, imperial);
			default -> "a new best";
		};
		String beaten = "";
		if (previous != null) {
			beaten = switch (kind) {
				case "HEAVIEST_WEIGHT", "ESTIMATED_1RM", "SESSION_VOLUME" -> " (before: " + weight(previous, imperial) + ")";
				case "REPS_AT_WEIGHT" -> " (before: " + Math.round(previous) + ")";
				case "LONGEST_DISTANCE" -> " (before: " + distance(previous, imperial) + ")";
				case "FASTEST_PACE" -> " (before: " + pace(previous, imperial) + ")";
				default -> "";
			};
		}
		return new Message("New personal record: " + exercise, "Your " + what + beaten + ". Well done!");
	}

	static String weight(double kilograms, boolean imperial) {
		double value = imperial ? WeightUnit.LB.fromKilograms(kilograms) : kilograms;
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

	private static boolean imperial(String units) {
		return "imperial".equals(units);
	}

	private static String text(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
