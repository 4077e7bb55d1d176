package io.repwise.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HardSetsTests {

	@Test
	void resistanceWorkCountsCardioAndStretchingDoNot() {
		assertThat(HardSets.counts("STRENGTH")).isTrue();
		assertThat(HardSets.counts("BODYWEIGHT")).isTrue();
		assertThat(HardSets.counts("PLYOMETRIC")).isTrue();
		assertThat(HardSets.counts("CARDIO")).isFalse();
		assertThat(HardSets.counts("FLEXIBILITY")).isFalse();
		assertThat(HardSets.counts("cardio")).isFalse();
	}

}
