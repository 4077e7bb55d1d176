package io.repwise.workout.imports.file;

import java.util.Map;

import io.repwise.training.WeightUnit;

/**
 * A file's header matched to a {@link Layout}: where each column is, what the file calls it (for
 * messages a person recognises) and the units its names carry.
 */
final class Header {

	private final int size;

	private final Map<Column, Integer> indexes;

	private final Map<Column, String> names;

	private final WeightUnit weightUnit;

	private final DistanceUnit distanceUnit;

	Header(int size, Map<Column, Integer> indexes, Map<Column, String> names, WeightUnit weightUnit,
			DistanceUnit distanceUnit) {
		this.size = size;
		this.indexes = Map.copyOf(indexes);
		this.names = Map.copyOf(names);
		this.weightUnit = weightUnit;
		this.distanceUnit = distanceUnit;
	}

	/** How many cells a row has. */
	int size() {
		return this.size;
	}

	boolean has(Column column) {
		return this.indexes.containsKey(column);
	}

	/** The 0-based cell of a column the header has. */
	int index(Column column) {
		return this.indexes.get(column);
	}

	/** The column's header as the file wrote it. */
	String name(Column column) {
		return this.names.get(column);
	}

	/** The weight unit the header names, {@code null} when it names none. */
	WeightUnit weightUnit() {
		return this.weightUnit;
	}

	/** The distance unit the header names, {@code null} when it names none. */
	DistanceUnit distanceUnit() {
		return this.distanceUnit;
	}

}
