package io.repwise.workout.exercise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Exercise names compared as words, with the working of each score written out. */
class NameSimilarityTests {

	@Test
	void wordOrderPunctuationCaseAndPluralsDoNotMatter() {
		// {squat, barbell} and {barbell, squat}: 2 * 2 / (2 + 2)
		assertThat(NameSimilarity.score("Squat (Barbell)", "Barbell Squat")).isEqualTo(1.0);
		// "Squats" is "squat": {zercher, squat} both
		assertThat(NameSimilarity.score("Zercher Squat", "Zercher Squats")).isEqualTo(1.0);
		// "Crunches" is "crunch", "Presses" is "press"
		assertThat(NameSimilarity.score("crunches", "Crunch")).isEqualTo(1.0);
		assertThat(NameSimilarity.score("Leg Presses", "leg press")).isEqualTo(1.0);
	}

	@Test
	void shortFormsAndSpellingsAreOneWord() {
		// db = dumbbell; "-" and "up" say nothing: {dumbbell, curl} both
		assertThat(NameSimilarity.score("DB Curl", "Dumbbell Curl")).isEqualTo(1.0);
		// pullup, pull-up and "Pull Ups" are all {pull}
		assertThat(NameSimilarity.score("Pullups", "Pull-Up")).isEqualTo(1.0);
		assertThat(NameSimilarity.score("Flyes", "Fly")).isEqualTo(1.0);
		// "Farmer's" loses its 's: {farmer, walk} both
		assertThat(NameSimilarity.score("Farmers Walk", "Farmer's Walk")).isEqualTo(1.0);
	}

	@Test
	void extraWordsCostLessInLongerNames() {
		// {bench, press, barbell} against {barbell, bench, press, medium, grip}: 2 * 3 / (3 + 5) = 0.75
		assertThat(NameSimilarity.score("Bench Press (Barbell)", "Barbell Bench Press - Medium Grip")).isEqualTo(0.75);
		// {landmine, press} against {landmine, 180}: 2 * 1 / (2 + 2) = 0.5
		assertThat(NameSimilarity.score("Landmine Press", "Landmine 180")).isEqualTo(0.5);
		// {grandma, sandbag, carry} against {rickshaw, carry}: 2 * 1 / (3 + 2) = 0.4
		assertThat(NameSimilarity.score("Grandma's Sandbag Carry", "Rickshaw Carry")).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void namesWithNoWordInCommonScoreZero() {
		assertThat(NameSimilarity.score("Zumba", "Barbell Squat")).isZero();
		assertThat(NameSimilarity.score("", "Barbell Squat")).isZero();
		assertThat(NameSimilarity.score("- / -", "Plank")).isZero();
	}

}
