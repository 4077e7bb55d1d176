package io.repwise.workout.imports.file;

/**
 * One data row read by its columns' meanings. Every failure names the line and the column's
 * header as the file wrote it, so a person can find the cell.
 */
final class RowCells {

	static final int MAX_NAME_LENGTH = 120;

	private final CsvRecords.Record record;

	private final Header header;

	RowCells(CsvRecords.Record record, Header header) {
		this.record = record;
		this.header = header;
	}

	int line() {
		return this.record.line();
	}

	/** The 1-based column of a cell, as problems count columns. */
	int column(Column column) {
		return this.header.index(column) + 1;
	}

	String header(Column column) {
		return this.header.name(column);
	}

	/** The cell's text, trimmed; empty when the layout has no such column. */
	String text(Column column) {
		return this.header.has(column) ? this.record.cells().get(this.header.index(column)).strip() : "";
	}

	/** The cell as a number, {@code null} when empty. */
	Double number(Column column) {
		try {
			return Decimals.parse(text(column));
		}
		catch (BadValue ex) {
			throw reject(column, ex.getMessage());
		}
	}

	/** A workout or exercise name: 1 to 120 characters once trimmed. */
	String name(Column column) {
		String name = text(column);
		if (name.isEmpty()) {
			throw reject(column, "the name is empty");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw reject(column, "the name is longer than " + MAX_NAME_LENGTH + " characters");
		}
		return name;
	}

	/** A note, trimmed, cut at {@code limit} characters; {@code null} when empty. */
	Note note(Column column, int limit) {
		String text = text(column);
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() <= limit) {
			return new Note(text, false);
		}
		int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
		return new Note(text.substring(0, end).strip(), true);
	}

	/** Skips the row for the cell in {@code column}. */
	RowRejected reject(Column column, String reason) {
		return new RowRejected(line(), column(column),
				"Line " + line() + ", " + header(column) + ": " + reason + "; the row is skipped.");
	}

	/** Skips the whole row. */
	RowRejected reject(String reason) {
		return new RowRejected(line(), 0, "Line " + line() + ": " + reason + "; the row is skipped.");
	}

	/** A note and whether it was cut to fit. */
	record Note(String text, boolean shortened) {
	}

}
