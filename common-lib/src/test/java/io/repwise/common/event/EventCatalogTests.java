package io.repwise.common.event;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/EVENTS.md and the payload records say the same: a row per event type the suite publishes,
 * naming every field of its record and no other, and no row for a type without a record.
 */
class EventCatalogTests {

	private static final Path EVENTS = Path.of(System.getProperty("repwise.root", ".."), "docs", "EVENTS.md");

	/** A table row: the type in backticks, the publisher, then the payload column. */
	private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Za-z]+)` \\| [^|]+ \\| (.*) \\|$");

	/** A field: a backticked name outside the parentheses that describe fields. */
	private static final Pattern FIELD = Pattern.compile("`([a-z][A-Za-z0-9]*)`");

	@Test
	void everyEventTypeIsDocumentedWithExactlyItsFields() throws IOException {
		Map<String, List<String>> documented = documentedEvents();
		for (Class<? extends DomainEvent> type : DomainEvent.TYPES) {
			List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
			assertThat(documented).as("EVENTS.md has a row for " + type.getSimpleName()).containsKey(type.getSimpleName());
			assertThat(documented.get(type.getSimpleName())).as("the fields EVENTS.md lists for " + type.getSimpleName())
				.containsExactlyElementsOf(fields);
		}
		assertThat(documented.keySet()).as("types in EVENTS.md")
			.containsExactlyInAnyOrderElementsOf(DomainEvent.TYPES.stream().map(Class::getSimpleName).toList());
	}

	@Test
	void everyTypeIsFoundByItsName() {
		for (Class<? extends DomainEvent> type : DomainEvent.TYPES) {
			assertThat(DomainEvent.ofType(type.getSimpleName())).isEqualTo(type);
		}
		assertThat(DomainEvent.ofType("SomethingElse")).isNull();
	}

	private static Map<String, List<String>> documentedEvents() throws IOException {
		Map<String, List<String>> events = new LinkedHashMap<>();
		for (String line : Files.readAllLines(EVENTS)) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				List<String> fields = new ArrayList<>();
				// "none: …" is a payload without fields; otherwise the descriptions in parentheses go.
				String payload = row.group(2).startsWith("none") ? "" : row.group(2);
				String described;
				do {
					described = payload;
					payload = described.replaceAll("\\([^()]*\\)", "");
				}
				while (!payload.equals(described));
				Matcher field = FIELD.matcher(payload);
				while (field.find()) {
					fields.add(field.group(1));
				}
				events.put(row.group(1), fields);
			}
		}
		return events;
	}

}
