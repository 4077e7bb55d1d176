import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Writes a Strong (v6, kg) export of five years of training to standard output: four sessions a
 * week of six exercises, five sets each (about 31,000 sets with warm-ups), loads that rise and
 * deload, and a rest-timer row after every working set. A fixed seed, so every run imports the
 * same file.
 *
 *   java bench/imports/StrongHistory.java > five-years.csv
 */
public class StrongHistory {

	static final List<String> A = List.of("Squat (Barbell)", "Bench Press (Barbell)", "Bent Over Row (Barbell)",
			"Lateral Raise (Dumbbell)", "Triceps Pushdown (Cable - Straight Bar)", "Plank");

	static final List<String> B = List.of("Deadlift (Barbell)", "Overhead Press (Barbell)", "Lat Pulldown (Cable)",
			"Leg Press", "Bicep Curl (Dumbbell)", "Hanging Leg Raise");

	public static void main(String[] args) {
		Random random = new Random(42);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		StringBuilder out = new StringBuilder(4_000_000);
		out.append("Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),"
				+ "Seconds,Notes,Workout Notes\n");
		LocalDateTime day = LocalDateTime.of(2020, 1, 6, 18, 0);
		int workout = 0;
		for (int week = 0; week < 260; week++) {
			for (int session = 0; session < 4; session++) {
				workout++;
				LocalDateTime start = day.plusDays(week * 7L + session * 2L).plusMinutes(random.nextInt(90));
				List<String> exercises = (session % 2 == 0) ? A : B;
				String name = (session % 2 == 0) ? "Day A" : "Day B";
				int duration = 3600 + random.nextInt(1800);
				double progress = 1 + (week % 12) * 0.02 + week * 0.002;
				for (int e = 0; e < exercises.size(); e++) {
					String exercise = exercises.get(e);
					double base = switch (e) { case 0 -> 80; case 1 -> 55; case 2 -> 50; case 3 -> 8; case 4 -> 20; default -> 0; };
					double load = Math.round(base * progress / 2.5) * 2.5;
					String prefix = workout + "," + date.format(start) + "," + name + "," + duration + "," + exercise + ",";
					if (e < 3) {
						out.append(prefix).append("W,").append(load / 2).append(",8,,,,,\n");
					}
					for (int set = 1; set <= 5; set++) {
						if (base == 0) {
							out.append(prefix).append(set).append(",,").append((e == 5) ? 12 : "").append(",,,")
								.append((e == 5) ? "" : "60").append(",,\n");
						}
						else {
							out.append(prefix).append(set).append(',').append(load).append(',').append(5 + random.nextInt(4))
								.append(',').append((set == 5) ? "8.5" : "").append(",,,,\n");
						}
						out.append(prefix).append("Rest Timer,,,,,").append(90 + random.nextInt(90)).append(",,\n");
					}
				}
			}
		}
		System.out.print(out);
	}

}
