package io.repwise.workout;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.repwise.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@RealInfrastructure(postgres = "workouts", redis = true)
class SchemaMigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flywayInstalledTheSearchExtensions() {
		assertThat(this.jdbc.queryForList("SELECT extname FROM pg_extension", String.class)).contains("pg_trgm",
				"unaccent");
		assertThat(this.jdbc.queryForObject("SELECT similarity('squat', 'sqaut') > 0.1", Boolean.class)).isTrue();
	}

}
