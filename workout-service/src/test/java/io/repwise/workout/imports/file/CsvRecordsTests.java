package io.repwise.workout.imports.file;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokenizer: RFC 4180 quoting, physical lines, and what stops a file. */
class CsvRecordsTests {

	@Test
	void aQuotedCellHoldsTheDelimiterDoubledQuotesAndLineBreaksAndTheRecordKeepsItsFirstLine() {
		List<CsvRecords.Record> records = records("a,b\n\"x, \"\"y\"\"\nz\",c\nd,e\n", ',');

		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 4);
		assertThat(records.get(0).cells()).containsExactly("a", "b");
		assertThat(records.get(1).cells()).containsExactly("x, \"y\"\nz", "c");
		assertThat(records.get(2).cells()).containsExactly("d", "e");
	}

	@Test
	void crlfLfAndALoneCrEachEndOneLineAndACrlfInsideAQuoteReadsAsOneLineBreak() {
		List<CsvRecords.Record> records = records("a,b\r\nc,d\re,f\n\"g\r\nh\",i\r\nj,k", ',');

		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4, 6);
		assertThat(records.get(3).cells()).containsExactly("g\nh", "i");
		assertThat(records.get(4).cells()).containsExactly("j", "k");
	}

	@Test
	void blankLinesAreSkippedButStillCounted() {
		List<CsvRecords.Record> records = records("a,b\n\n   \n\"\"\nc,d\n\n", ',');

		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 5);
	}

	@Test
	void emptyCellsAndATrailingDelimiterAreCellsToo() {
		List<CsvRecords.Record> records = records(",,x,\n", ',');

		assertThat(records.get(0).cells()).containsExactly("", "", "x", "");
		assertThat(records.get(0).count()).isEqualTo(4);
	}

	@Test
	void inASemicolonFileACommaIsPartOfTheCell() {
		List<CsvRecords.Record> records = records("82,5;kg;\"a;b\"\n", ';');

		assertThat(records.get(0).cells()).containsExactly("82,5", "kg", "a;b");
	}

	@Test
	void aQuoteInsideAnUnquotedCellIsJustACharacter() {
		assertThat(records("5'10\",b\n", ',').get(0).cells()).containsExactly("5'10\"", "b");
	}

	@Test
	void aQuoteThatNeverClosesNamesTheLineAndColumnItOpensIn() {
		// The quote opens the third cell of line 2, then runs to the end of the text.
		assertThatThrownBy(() -> records("a,b,c\nd,e,\"f\ng,h,i\n", ','))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.column()).isEqualTo(3);
				assertThat(ex).hasMessageContaining("column 3 on line 2 is never closed");
			});
	}

	@Test
	void textAfterAClosingQuoteIsBrokenQuoting() {
		assertThatThrownBy(() -> records("a,b\nc,\"Push \"Heavy\" Day\",e\n", ','))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.column()).isEqualTo(2);
			});
	}

	@Test
	void spacesAfterAClosingQuoteAreForgiven() {
		assertThat(records("\"a\"  ,b\n", ',').get(0).cells()).containsExactly("a", "b");
	}

	@Test
	void aCellLongerThan4000CharactersIsNotAHistoryFile() {
		String fits = "x".repeat(CsvRecords.MAX_CELL_LENGTH);
		assertThat(records("a," + fits + "\n", ',').get(0).cells().get(1)).hasSize(4000);

		assertThatThrownBy(() -> records("a,b\nc,d,\"" + fits + "y\"\n", ','))
			.isInstanceOfSatisfying(HistoryFileException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.column()).isEqualTo(3);
			});
	}

	@Test
	void aRowOfThousandsOfCellsKeepsOnlyTheFirstButCountsThemAll() {
		CsvRecords.Record record = records(",".repeat(9999) + "\n", ',').get(0);

		assertThat(record.count()).isEqualTo(10_000);
		assertThat(record.cells()).hasSize(CsvRecords.MAX_CELLS_KEPT);
	}

	@Test
	void aByteOrderMarkAtTheStartIsNotPartOfTheFirstCell() {
		assertThat(records("\uFEFFa,b\n", ',').get(0).cells()).containsExactly("a", "b");
		assertThat(records("a,\uFEFFb\n", ',').get(0).cells()).as("only at the very start")
			.containsExactly("a", "\uFEFFb");
	}

	private static List<CsvRecords.Record> records(String text, char delimiter) {
		CsvRecords records = new CsvRecords(new TextCursor(new StringReader(text)), delimiter);
		List<CsvRecords.Record> all = new ArrayList<>();
		for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
			all.add(record);
		}
		return all;
	}

}
