package io.repwise.workout.imports.file;

import java.util.List;

/**
 * Decides, for a whole file, whether slashed dates put the day or the month first. One date with
 * a number above 12 settles it for all, since an app writes every date in one locale; a file
 * where both orders show was stitched from two locales and cannot be read safely.
 */
final class SlashedDateOrder {

	private Sighting dayFirst;

	private Sighting monthFirst;

	private Dates.Reading example;

	/** Takes note of one date, written on {@code line} in {@code column}. */
	void observe(Dates.Reading reading, int line, int column) {
		if (!reading.slashed()) {
			return;
		}
		if (this.example == null) {
			this.example = reading;
		}
		DateOrder evidence = reading.evidence();
		if (evidence == DateOrder.DAY_FIRST && this.dayFirst == null) {
			this.dayFirst = new Sighting(reading.text(), line, column);
		}
		else if (evidence == DateOrder.MONTH_FIRST && this.monthFirst == null) {
			this.monthFirst = new Sighting(reading.text(), line, column);
		}
	}

	/**
	 * The order to read slashed dates in: the file's when it tells, else {@code preferred}, else
	 * month first. Adds an assumption when the choice was not the file's own or overrules
	 * {@code preferred}.
	 * @throws HistoryFileException when the file shows both orders
	 */
	DateOrder decide(DateOrder preferred, List<String> assumptions) {
		if (this.dayFirst != null && this.monthFirst != null) {
			Sighting later = (this.dayFirst.line() > this.monthFirst.line()) ? this.dayFirst : this.monthFirst;
			throw new HistoryFileException(later.line(), later.column(),
					"The dates mix day-first and month-first: " + BadValue.quote(this.dayFirst.text()) + " on line "
							+ this.dayFirst.line() + " can only be day first, " + BadValue.quote(this.monthFirst.text())
							+ " on line " + this.monthFirst.line() + " only month first.");
		}
		if (this.dayFirst != null) {
			if (preferred == DateOrder.MONTH_FIRST) {
				assumptions.add("Slashed dates were read day first, not month first as dateOrder says: "
						+ BadValue.quote(this.dayFirst.text()) + " on line " + this.dayFirst.line()
						+ " cannot be month first.");
			}
			return DateOrder.DAY_FIRST;
		}
		if (this.monthFirst != null) {
			if (preferred == DateOrder.DAY_FIRST) {
				assumptions.add("Slashed dates were read month first, not day first as dateOrder says: "
						+ BadValue.quote(this.monthFirst.text()) + " on line " + this.monthFirst.line()
						+ " cannot be day first.");
			}
			return DateOrder.MONTH_FIRST;
		}
		if (preferred != null) {
			return preferred;
		}
		if (this.example != null) {
			assumptions.add("Slashed dates such as " + BadValue.quote(this.example.text())
					+ " were read month first (MM/dd/yyyy): no date in the file has a number above 12 to tell."
					+ " Pass dateOrder=DAY_FIRST if they are day first.");
		}
		return DateOrder.MONTH_FIRST;
	}

	private record Sighting(String text, int line, int column) {
	}

}
