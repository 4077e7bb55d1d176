package io.repwise.workout.imports.file;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * Reads a file a character at a time, counting physical lines, so that every message can point at
 * the line a person sees in an editor. CRLF, LF and a lone CR each end one line and all read as
 * {@code '\n'}; a UTF-8 byte order mark at the very start is skipped.
 */
final class TextCursor {

	static final int END = -1;

	private final Reader reader;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private int line = 1;

	private boolean started;

	TextCursor(Reader reader) {
		this.reader = reader;
	}

	/** The 1-based line the next character is on. */
	int line() {
		return this.line;
	}

	/** The next character without consuming it, line ends as {@code '\n'}; {@link #END} at the end. */
	int peek() {
		if (!fill()) {
			return END;
		}
		char next = this.buffer[this.position];
		return (next == '\r') ? '\n' : next;
	}

	/** The next character, line ends as {@code '\n'}; {@link #END} at the end. */
	int read() {
		if (!fill()) {
			return END;
		}
		char next = this.buffer[this.position++];
		if (next == '\r') {
			if (fill() && this.buffer[this.position] == '\n') {
				this.position++;
			}
			this.line++;
			return '\n';
		}
		if (next == '\n') {
			this.line++;
		}
		return next;
	}

	private boolean fill() {
		while (this.position >= this.limit) {
			int read;
			try {
				read = this.reader.read(this.buffer, 0, this.buffer.length);
			}
			catch (CharacterCodingException ex) {
				throw new HistoryFileException(this.line, 0, "The file is not UTF-8 text: is it a CSV export?");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (read < 0) {
				return false;
			}
			this.position = 0;
			this.limit = read;
			if (!this.started && read > 0) {
				this.started = true;
				if (this.buffer[0] == '\uFEFF') {
					this.position = 1;
				}
			}
		}
		return true;
	}

}
