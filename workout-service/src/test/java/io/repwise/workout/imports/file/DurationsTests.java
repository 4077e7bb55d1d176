package io.repwise.workout.imports.file;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Workout lengths as the older Strong layouts write them. */
class DurationsTests {

	@Test
	void hoursMinutesAndSeconds() {
		assertThat(Durations.seconds("1h 5m")).isEqualTo(3900); // 3600 + 5 x 60
		assertThat(Durations.seconds("45m")).isEqualTo(2700);
		assertThat(Durations.seconds("1h")).isEqualTo(3600);
		assertThat(Durations.seconds("50s")).isEqualTo(50);
		assertThat(Durations.seconds("1h 2m 3s")).isEqualTo(3723); // 3600 + 120 + 3
		assertThat(Durations.seconds("1H5M")).isEqualTo(3900);
		assertThat(Durations.seconds("0")).isZero();
		assertThat(Durations.seconds(" ")).isNull();
	}

	@Test
	void anythingElseIsNotADuration() {
		for (String text : new String[] { "abc", "45", "1:05:00", "h", "5m 1h", "1.5h", "-5m" }) {
			assertThatThrownBy(() -> Durations.seconds(text)).as(text)
				.isInstanceOf(BadValue.class)
				.hasMessageContaining("is not a duration such as 1h 5m");
		}
	}

}
