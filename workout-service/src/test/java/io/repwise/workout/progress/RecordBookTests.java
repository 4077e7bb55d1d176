package io.repwise.workout.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecordBookTests {

	static final UUID SQUAT = UUID.randomUUID();

	final UUID monday = UUID.randomUUID();

	final UUID nextMonday = UUID.randomUUID();

	final Instant day1 = Instant.parse("2026-03-02T08:00:00Z");

	final Instant day8 = Instant.parse("2026-03-09T08:00:00Z");

	@Test
	void recordsFromTwoSessionsWorkedByHand() {
		List<PerformedSet> history = new ArrayList<>();
		history.add(set(this.monday, this.day1, "WARMUP", 10, 60.0));
		history.add(set(this.monday, this.day1, "WORKING", 5, 100.0));
		history.add(set(this.monday, this.day1, "WORKING", 3, 105.0));
		history.add(set(this.nextMonday, this.day8, "WORKING", 8, 100.0));
		history.add(set(this.nextMonday, this.day8, "WORKING", 1, 110.0));

		List<PersonalRecord> records = RecordBook.compute(SQUAT, history);

		assertThat(records).extracting(PersonalRecord::kind, PersonalRecord::weightKg, PersonalRecord::value,
				PersonalRecord::workoutId)
			.containsExactlyInAnyOrder(tuple(RecordKind.HEAVIEST_WEIGHT, 0.0, 110.0, this.nextMonday),
					// the Pareto front: 110 × 1, 105 × 3, 100 × 8; the 60 kg warm-up counts for nothing
					tuple(RecordKind.REPS_AT_WEIGHT, 110.0, 1.0, this.nextMonday),
					tuple(RecordKind.REPS_AT_WEIGHT, 105.0, 3.0, this.monday),
					tuple(RecordKind.REPS_AT_WEIGHT, 100.0, 8.0, this.nextMonday),
					// 100 × 8 to failure is 78.6 % on the curve: 100 / 0.786 = 127.23, beating 100 × 5
					// (100 / 0.863 = 115.87), 105 × 3 (105 / 0.922 = 113.88) and 110 × 1
					tuple(RecordKind.ESTIMATED_1RM, 0.0, 127.23, this.nextMonday),
					// 800 + 110 = 910 beats 500 + 315 = 815
					tuple(RecordKind.SESSION_VOLUME, 0.0, 910.0, this.nextMonday));
	}

	@Test
	void aTieKeepsTheEarlierSet() {
		PerformedSet first = set(this.monday, this.day1, "WORKING", 5, 100.0);
		PerformedSet same = set(this.nextMonday, this.day8, "WORKING", 5, 100.0);

		List<PersonalRecord> records = RecordBook.compute(SQUAT, List.of(same, first));

		assertThat(records).filteredOn((record) -> record.kind() == RecordKind.HEAVIEST_WEIGHT)
			.singleElement()
			.extracting(PersonalRecord::setId)
			.isEqualTo(first.setId());
	}

	@Test
	void estimatesAboveTenRepsNeverMakeTheOneRepMaxRecord() {
		List<PersonalRecord> records = RecordBook.compute(SQUAT,
				List.of(set(this.monday, this.day1, "WORKING", 20, 100.0), set(this.monday, this.day1, "WORKING", 3, 110.0)));

		assertThat(records).filteredOn((record) -> record.kind() == RecordKind.ESTIMATED_1RM)
			.singleElement()
			.extracting(PersonalRecord::value)
			.isEqualTo(119.31); // 110 / 0.922; 100 × 20 would claim 189.37
	}

	@Test
	void uncompletedSetsCountForNothing() {
		PerformedSet planned = new PerformedSet(UUID.randomUUID(), this.monday, this.day1, "WORKING", 5, 200.0, null,
				null, null, null, false);

		assertThat(RecordBook.compute(SQUAT, List.of(planned))).isEmpty();
	}

	@Test
	void cardioKeepsLongestDistanceAndFastestPace() {
		PerformedSet fiveK = new PerformedSet(UUID.randomUUID(), this.monday, this.day1, "WORKING", null, null, null,
				null, 1500, 5000.0, true);
		PerformedSet tenK = new PerformedSet(UUID.randomUUID(), this.nextMonday, this.day8, "WORKING", null, null, null,
				null, 3300, 10000.0, true);

		List<PersonalRecord> records = RecordBook.compute(SQUAT, List.of(fiveK, tenK));

		assertThat(records).extracting(PersonalRecord::kind, PersonalRecord::value, PersonalRecord::setId)
			.containsExactlyInAnyOrder(tuple(RecordKind.LONGEST_DISTANCE, 10000.0, tenK.setId()),
					tuple(RecordKind.FASTEST_PACE, 300.0, fiveK.setId())); // 1500 s / 5 km vs 3300 s / 10 km
	}

	@Test
	void bodyweightRepsKeepABestRepsRecordAtZeroKilograms() {
		List<PersonalRecord> records = RecordBook.compute(SQUAT,
				List.of(set(this.monday, this.day1, "WORKING", 20, null), set(this.nextMonday, this.day8, "WORKING", 25, null)));

		assertThat(records).extracting(PersonalRecord::kind, PersonalRecord::weightKg, PersonalRecord::value)
			.containsExactly(tuple(RecordKind.REPS_AT_WEIGHT, 0.0, 25.0));
	}

	static PerformedSet set(UUID workout, Instant at, String type, Integer reps, Double weight) {
		return new PerformedSet(UUID.randomUUID(), workout, at, type, reps, weight, null, null, null, null, true);
	}

}
