package io.repwise.workout.imports.file;

/** Reads one format's data rows, in file order. */
interface RowReader {

	/**
	 * The row's set; {@code null} for a row that is not a set (a Strong rest timer).
	 * @throws RowRejected when the row cannot be read
	 */
	HistoryRow read(RowCells row);

	/** Tells the reader a row was skipped before it could read it, so state from the row before is dropped. */
	void skipped();

}
