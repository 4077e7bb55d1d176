package io.repwise.workout.exercise;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.repwise.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names other apps give our exercises (migration V16): every one found its library exercise
 * (an alias whose target name is misspelt in the migration would silently be missing), and the
 * matcher takes them, the lifter's own exercises and fuzzy names in the documented order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure(postgres = "workouts", redis = true)
class ExerciseAliasesTests {

	/** The rows of V16__exercise_aliases.sql's VALUES list. */
	static final int SHARED_ALIASES = 198;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExerciseMatcher matcher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everySharedAliasFoundItsLibraryExercise() {
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM exercise_alias a JOIN exercise e ON e.id = a.exercise_id
				WHERE a.owner_id IS NULL AND e.owner_id IS NULL""", Integer.class)).isEqualTo(SHARED_ALIASES);
	}

	@Test
	void theLiftersOwnAliasComesFirstThenTheSameNameThenSharedAliasesThenWords() {
		UUID owner = UUID.randomUUID();
		Map<String, ExerciseMatch> matches = this.matcher.match(owner,
				List.of("Squat (Barbell)", "barbell  SQUAT", "Zercher Squat", "Qwxyz"));
		assertThat(matches.get("Squat (Barbell)").kind()).isEqualTo(ExerciseMatch.Kind.ALIAS);
		assertThat(matches.get("Squat (Barbell)").exerciseName()).isEqualTo("Barbell Squat");
		assertThat(matches.get("barbell  SQUAT").kind()).isEqualTo(ExerciseMatch.Kind.EXACT);
		assertThat(matches.get("Zercher Squat").kind()).isEqualTo(ExerciseMatch.Kind.FUZZY);
		assertThat(matches.get("Qwxyz").kind()).isEqualTo(ExerciseMatch.Kind.NEW);
		assertThat(matches.get("Qwxyz").model()).as("no library name shares a word").isNull();

		UUID frontSquat = this.jdbc.queryForObject("SELECT id FROM exercise WHERE owner_id IS NULL AND name = 'Front Barbell Squat'",
				UUID.class);
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.matcher.remember(owner, "Squat (Barbell)", frontSquat));
		ExerciseMatch mine = this.matcher.match(owner, List.of("squat (barbell)")).get("squat (barbell)");
		assertThat(mine.kind()).isEqualTo(ExerciseMatch.Kind.ALIAS);
		assertThat(mine.exerciseId()).as("my choice wins over the shared alias").isEqualTo(frontSquat);
		assertThat(this.matcher.match(UUID.randomUUID(), List.of("Squat (Barbell)")).get("Squat (Barbell)").exerciseName())
			.as("and is mine only").isEqualTo("Barbell Squat");
	}
}
