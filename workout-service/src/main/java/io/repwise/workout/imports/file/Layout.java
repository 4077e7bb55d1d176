package io.repwise.workout.imports.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.repwise.training.WeightUnit;

/**
 * The header of each format: which names it gives its columns, and which units a name carries
 * ({@code Weight (lbs)}). A header fits when it has each column once, in any order, any case.
 */
final class Layout {

	private static final Map<HistoryFormat, Layout> LAYOUTS = new EnumMap<>(HistoryFormat.class);

	static {
		LAYOUTS.put(HistoryFormat.STRONG_V6, new Layout(',',
				"Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes")
			.column(Column.WORKOUT_NUMBER, "Workout #")
			.column(Column.STARTED, "Date")
			.column(Column.WORKOUT_NAME, "Workout Name")
			.column(Column.DURATION, "Duration (sec)")
			.column(Column.EXERCISE_NAME, "Exercise Name")
			.column(Column.SET_ORDER, "Set Order")
			.weight("Weight (kg)", WeightUnit.KG)
			.weight("Weight (lbs)", WeightUnit.LB)
			.weight("Weight (lb)", WeightUnit.LB)
			.column(Column.REPS, "Reps")
			.column(Column.RPE, "RPE")
			.distance("Distance (meters)", DistanceUnit.METRES)
			.distance("Distance (km)", DistanceUnit.KILOMETRES)
			.distance("Distance (miles)", DistanceUnit.MILES)
			.column(Column.SECONDS, "Seconds")
			.column(Column.EXERCISE_NOTES, "Notes")
			.column(Column.WORKOUT_NOTES, "Workout Notes"));
		LAYOUTS.put(HistoryFormat.STRONG_V5, new Layout(',',
				"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE")
			.column(Column.STARTED, "Date")
			.column(Column.WORKOUT_NAME, "Workout Name")
			.column(Column.DURATION, "Duration")
			.column(Column.EXERCISE_NAME, "Exercise Name")
			.column(Column.SET_ORDER, "Set Order")
			.column(Column.WEIGHT, "Weight")
			.column(Column.REPS, "Reps")
			.column(Column.DISTANCE, "Distance")
			.column(Column.SECONDS, "Seconds")
			.column(Column.EXERCISE_NOTES, "Notes")
			.column(Column.WORKOUT_NOTES, "Workout Notes")
			.column(Column.RPE, "RPE"));
		LAYOUTS.put(HistoryFormat.STRONG_LEGACY, new Layout(';',
				"Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration")
			.column(Column.STARTED, "Date")
			.column(Column.WORKOUT_NAME, "Workout Name")
			.column(Column.EXERCISE_NAME, "Exercise Name")
			.column(Column.SET_ORDER, "Set Order")
			.column(Column.WEIGHT, "Weight")
			.column(Column.WEIGHT_UNIT, "Weight Unit")
			.column(Column.REPS, "Reps")
			.column(Column.RPE, "RPE")
			.column(Column.DISTANCE, "Distance")
			.column(Column.DISTANCE_UNIT, "Distance Unit")
			.column(Column.SECONDS, "Seconds")
			.column(Column.EXERCISE_NOTES, "Notes")
			.column(Column.WORKOUT_NOTES, "Workout Notes")
			.column(Column.DURATION, "Workout Duration"));
		LAYOUTS.put(HistoryFormat.HEVY, new Layout(',',
				"title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe")
			.column(Column.WORKOUT_NAME, "title")
			.column(Column.STARTED, "start_time")
			.column(Column.ENDED, "end_time")
			.column(Column.WORKOUT_NOTES, "description")
			.column(Column.EXERCISE_NAME, "exercise_title")
			.column(Column.SUPERSET, "superset_id")
			.column(Column.EXERCISE_NOTES, "exercise_notes")
			.column(Column.SET_INDEX, "set_index")
			.column(Column.SET_TYPE, "set_type")
			.weight("weight_kg", WeightUnit.KG)
			.weight("weight_lbs", WeightUnit.LB)
			.column(Column.REPS, "reps")
			.distance("distance_km", DistanceUnit.KILOMETRES)
			.distance("distance_miles", DistanceUnit.MILES)
			.column(Column.SECONDS, "duration_seconds")
			.column(Column.RPE, "rpe"));
	}

	private final char delimiter;

	private final String documented;

	private final List<Name> names = new ArrayList<>();

	private Layout(char delimiter, String documented) {
		this.delimiter = delimiter;
		this.documented = documented;
	}

	static Layout of(HistoryFormat format) {
		return LAYOUTS.get(format);
	}

	char delimiter() {
		return this.delimiter;
	}

	/** The header as the app writes it, for telling a person what was expected. */
	String documented() {
		return this.documented;
	}

	/** The header these cells make, or {@code null} when they are not this layout's. */
	Header match(List<String> cells) {
		Map<Column, Integer> indexes = new EnumMap<>(Column.class);
		Map<Column, String> written = new EnumMap<>(Column.class);
		WeightUnit weight = null;
		DistanceUnit distance = null;
		for (int i = 0; i < cells.size(); i++) {
			Name name = find(normalize(cells.get(i)));
			if (name == null || indexes.containsKey(name.column())) {
				return null;
			}
			indexes.put(name.column(), i);
			written.put(name.column(), cells.get(i).strip());
			weight = (name.weight() != null) ? name.weight() : weight;
			distance = (name.distance() != null) ? name.distance() : distance;
		}
		long columns = this.names.stream().map(Name::column).distinct().count();
		return (indexes.size() == columns) ? new Header(cells.size(), indexes, written, weight, distance) : null;
	}

	private Name find(String normalized) {
		for (Name name : this.names) {
			if (name.text().equals(normalized)) {
				return name;
			}
		}
		return null;
	}

	private static String normalize(String cell) {
		return cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private Layout column(Column column, String name) {
		this.names.add(new Name(normalize(name), column, null, null));
		return this;
	}

	private Layout weight(String name, WeightUnit unit) {
		this.names.add(new Name(normalize(name), Column.WEIGHT, unit, null));
		return this;
	}

	private Layout distance(String name, DistanceUnit unit) {
		this.names.add(new Name(normalize(name), Column.DISTANCE, null, unit));
		return this;
	}

	private record Name(String text, Column column, WeightUnit weight, DistanceUnit distance) {
	}

}
