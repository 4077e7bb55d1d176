package io.repwise.workout.imports.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into RFC 4180 records: a quoted cell may hold the delimiter, doubled quotes and
 * whole lines (a note over several lines), so a record is not a line. Each record keeps the
 * physical line it starts on. Blank lines are skipped. Quoting that never closes, text after a
 * closing quote and a cell longer than any history file holds stop the file: past them no
 * record boundary can be trusted.
 */
final class CsvRecords {

	/** Longer than any note an app lets one type: a cell past this is not a history file. */
	static final int MAX_CELL_LENGTH = 4000;

	/** Cells kept of a row; a row with more is wrong anyway, and is reported by its count. */
	static final int MAX_CELLS_KEPT = 64;

	private final TextCursor text;

	private final char delimiter;

	private final StringBuilder cell = new StringBuilder();

	CsvRecords(TextCursor text, char delimiter) {
		this.text = text;
		this.delimiter = delimiter;
	}

	/** The next non-blank record, or {@code null} at the end of the text. */
	Record next() {
		while (this.text.peek() != TextCursor.END) {
			int line = this.text.line();
			List<String> cells = new ArrayList<>();
			int count = 0;
			boolean more = true;
			while (more) {
				count++;
				more = readCell(count);
				if (count <= MAX_CELLS_KEPT) {
					cells.add(this.cell.toString());
				}
			}
			if (count == 1 && cells.get(0).isBlank()) {
				continue;
			}
			return new Record(line, cells, count);
		}
		return null;
	}

	/** Reads one cell into {@link #cell}; {@code true} when another cell of the record follows. */
	private boolean readCell(int column) {
		this.cell.setLength(0);
		if (this.text.peek() == '"') {
			return readQuotedCell(column);
		}
		int line = this.text.line();
		while (true) {
			int next = this.text.read();
			if (next == this.delimiter) {
				return true;
			}
			if (next == '\n' || next == TextCursor.END) {
				return false;
			}
			append(next, line, column);
		}
	}

	private boolean readQuotedCell(int column) {
		int line = this.text.line();
		this.text.read();
		while (true) {
			int next = this.text.read();
			if (next == TextCursor.END) {
				throw new HistoryFileException(line, column, "The quote that opens column " + column + " on line " + line
						+ " is never closed: a quote inside a quoted cell is written twice (\"\").");
			}
			if (next == '"') {
				if (this.text.peek() != '"') {
					break;
				}
				this.text.read();
			}
			append(next, line, column);
		}
		while (this.text.peek() == ' ' || this.text.peek() == '\t') {
			this.text.read();
		}
		int after = this.text.read();
		if (after == this.delimiter) {
			return true;
		}
		if (after == '\n' || after == TextCursor.END) {
			return false;
		}
		int at = this.text.line();
		throw new HistoryFileException(at, column, "Line " + at + ", column " + column
				+ ": text follows the closing quote; a quote inside a quoted cell is written twice (\"\").");
	}

	private void append(int next, int line, int column) {
		if (this.cell.length() == MAX_CELL_LENGTH) {
			throw new HistoryFileException(line, column, "Column " + column + " on line " + line + " is longer than "
					+ MAX_CELL_LENGTH + " characters: this is not a workout history export.");
		}
		this.cell.append((char) next);
	}

	/**
	 * @param line the physical line the record starts on
	 * @param cells the record's cells as written, at most {@link #MAX_CELLS_KEPT}
	 * @param count how many cells the record has
	 */
	record Record(int line, List<String> cells, int count) {

		Record {
			cells = List.copyOf(cells);
		}

	}

}
