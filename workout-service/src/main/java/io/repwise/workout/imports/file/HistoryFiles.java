package io.repwise.workout.imports.file;

import java.io.Reader;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads workout-history files exported by other apps (Strong, Hevy) into one format-neutral
 * {@link ParsedHistory}, so the importer never knows which app a file came from. A file is read
 * as far as it makes sense: an unreadable row is skipped and reported as a {@link RowProblem}, a
 * file that cannot be read at all is a {@link HistoryFileException}, and nothing else is thrown
 * for any content.
 */
public final class HistoryFiles {

	/** Rows a file may have: years of daily training, and a bound on what one upload costs. */
	public static final int MAX_ROWS = 200_000;

	/** Longer than any header: the first line of something that is not a CSV export. */
	private static final int MAX_HEADER_LENGTH = 2000;

	private HistoryFiles() {
	}

	/** The format named by the header line, or {@code null}; ignores a byte order mark, case and surrounding space. */
	public static HistoryFormat detect(String headerLine) {
		String header = clean(headerLine);
		if (header == null) {
			return null;
		}
		for (HistoryFormat format : HistoryFormat.values()) {
			if (header(header, format) != null) {
				return format;
			}
		}
		return null;
	}

	/**
	 * Reads a whole file, its times placed in {@code settings.zone()}.
	 * @param format {@code null} = detect it from the header; a given format whose header does
	 * not fit is a {@link HistoryFileException} naming the header expected
	 * @throws HistoryFileException when the file cannot be read at all
	 */
	public static ParsedHistory parse(Reader content, HistoryFormat format, ImportSettings settings) {
		return parse(content, format, settings, Clock.systemUTC());
	}

	/** As {@link #parse(Reader, HistoryFormat, ImportSettings)}, with the clock that says what "the future" is. */
	public static ParsedHistory parse(Reader content, HistoryFormat format, ImportSettings settings, Clock clock) {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(clock, "clock");
		TextCursor text = new TextCursor(content);
		int headerLine = skipBlankLines(text);
		String headerText = clean(readHeader(text, headerLine));
		HistoryFormat chosen = choose(headerText, headerLine, format);
		Header header = header(headerText, chosen);
		List<RowProblem> problems = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		RowReader reader = (chosen == HistoryFormat.HEVY) ? new HevyCsv(header)
				: new StrongCsv(chosen, header, settings.units(), assumptions);
		List<HistoryRow> rows = new ArrayList<>();
		CsvRecords records = new CsvRecords(text, Layout.of(chosen).delimiter());
		int count = 0;
		for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
			if (++count > MAX_ROWS) {
				throw new HistoryFileException(record.line(), 0, "Line " + record.line() + " is past the limit of "
						+ String.format("%,d", MAX_ROWS) + " rows a file may have: split the file and import each part.");
			}
			if (record.count() != header.size()) {
				reader.skipped();
				problems.add(new RowProblem(record.line(), 0, "Line " + record.line() + " has " + record.count()
						+ ((record.count() == 1) ? " cell" : " cells") + " where the header has " + header.size()
						+ "; the row is skipped."));
				continue;
			}
			try {
				HistoryRow row = reader.read(new RowCells(record, header));
				if (row != null) {
					rows.add(row);
				}
			}
			catch (RowRejected ex) {
				reader.skipped();
				problems.add(ex.problem());
			}
		}
		if (count == 0) {
			throw new HistoryFileException(headerLine, 0, "The file has no rows: only a header.");
		}
		List<ParsedWorkout> workouts = new WorkoutAssembler(settings, clock, problems, assumptions).assemble(rows);
		problems.sort(Comparator.comparingInt(RowProblem::line).thenComparingInt(RowProblem::column));
		return new ParsedHistory(chosen, workouts, problems, List.copyOf(new LinkedHashSet<>(assumptions)));
	}

	private static HistoryFormat choose(String headerText, int headerLine, HistoryFormat format) {
		if (format != null && headerText != null && header(headerText, format) != null) {
			return format;
		}
		HistoryFormat detected = detect(headerText);
		if (format != null) {
			String looksLike = (detected != null) ? " It looks like " + detected.title() + " (" + detected.apiName() + ")."
					: "";
			throw new HistoryFileException(headerLine, 0, "Line " + headerLine + " is not a " + format.title()
					+ " header, which is: " + Layout.of(format).documented() + "." + looksLike);
		}
		if (detected == null) {
			throw new HistoryFileException(headerLine, 0, "Line " + headerLine
					+ " is not the header of an export Repwise reads. Expected the header of one of: "
					+ Stream.of(HistoryFormat.values())
						.map((known) -> known.title() + " (" + Layout.of(known).documented() + ")")
						.collect(Collectors.joining("; "))
					+ ".");
		}
		return detected;
	}

	/** The header line without a byte order mark or surrounding space; {@code null} when it cannot be a header. */
	private static String clean(String headerLine) {
		if (headerLine == null) {
			return null;
		}
		String header = (headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine).strip();
		boolean possible = !header.isEmpty() && header.length() <= MAX_HEADER_LENGTH && header.indexOf('\n') < 0
				&& header.indexOf('\r') < 0;
		return possible ? header : null;
	}

	/** The header this line makes in {@code format}, or {@code null} when it is not that format's. */
	private static Header header(String headerLine, HistoryFormat format) {
		Layout layout = Layout.of(format);
		try {
			CsvRecords.Record record = new CsvRecords(new TextCursor(new StringReader(headerLine)), layout.delimiter())
				.next();
			return (record != null && record.count() == record.cells().size()) ? layout.match(record.cells()) : null;
		}
		catch (HistoryFileException ex) {
			return null;
		}
	}

	/** Skips blank lines before the header; the line the header is on. */
	private static int skipBlankLines(TextCursor text) {
		while (true) {
			int next = text.peek();
			if (next == TextCursor.END) {
				throw new HistoryFileException(text.line(), 0, "The file has no rows: it is empty.");
			}
			if (!Character.isWhitespace(next)) {
				return text.line();
			}
			text.read();
		}
	}

	private static String readHeader(TextCursor text, int line) {
		StringBuilder header = new StringBuilder();
		for (int next = text.read(); next != '\n' && next != TextCursor.END; next = text.read()) {
			if (header.length() == MAX_HEADER_LENGTH) {
				throw new HistoryFileException(line, 0, "Line " + line
						+ " is longer than any export's header: this is not a workout history export.");
			}
			header.append((char) next);
		}
		return header.toString();
	}

}
