package io.repwise.workout.imports.file;

/**
 * A row that could not be read and was skipped; the rest of the file still imports. Points at
 * the spot a person opens the file at, so they can fix it and import again.
 *
 * @param line the 1-based physical line the row starts on (the header is line 1)
 * @param column the 1-based column (cell) at fault; 0 = the whole row
 * @param message says what is wrong, naming the line and the column's header
 */
public record RowProblem(int line, int column, String message) {
}
