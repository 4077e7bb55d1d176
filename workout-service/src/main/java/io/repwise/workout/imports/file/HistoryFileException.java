package io.repwise.workout.imports.file;

/**
 * A file that cannot be read at all: no known header, broken quoting, no rows, too many rows or
 * a cell too long for any history file. Unlike a {@link RowProblem}, nothing of it imports, so
 * the lifter is told where the file stops making sense.
 */
public class HistoryFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int line;

	private final int column;

	/**
	 * @param line the 1-based physical line at fault, 0 when none
	 * @param column the 1-based column (cell) at fault, 0 = the whole line or file
	 */
	public HistoryFileException(int line, int column, String message) {
		super(message);
		this.line = line;
		this.column = column;
	}

	public int line() {
		return this.line;
	}

	public int column() {
		return this.column;
	}

}
