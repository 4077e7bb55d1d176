package io.repwise.workout.imports.file;

/**
 * How to read a slashed date such as {@code 03/05/2024}. Exports write dates in the phone's
 * locale, so only the lifter (or a day above 12 somewhere in the file) can say which it is.
 */
public enum DateOrder {

	/** {@code dd/MM/yyyy}, as most of the world writes. */
	DAY_FIRST,

	/** {@code MM/dd/yyyy}, as the United States writes. */
	MONTH_FIRST

}
