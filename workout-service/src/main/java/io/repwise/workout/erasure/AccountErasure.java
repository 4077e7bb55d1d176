package io.repwise.workout.erasure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.common.event.EventConsumer;
import io.repwise.common.event.EventEnvelope;
import io.repwise.common.event.UserDeleted;

/**
 * Erases everything workout-service holds about a user when user-service says the account was
 * deleted ({@code UserDeleted}, through its outbox, at {@code POST /internal/events}): workouts and sets, records, routines and
 * ratings, private exercises and aliases, plates, soreness reports, imports, and events about
 * them still waiting to go out. Each event id is taken in once, in the transaction that acts on
 * it. {@link #TABLES} is every table that holds a user's rows; {@code AccountErasureTests} fails
 * when a table with an owner column is missing from it.
 */
@Service
public class AccountErasure implements EventConsumer {

	private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

	/**
	 * What goes, in an order the foreign keys allow, by the column naming the user. A private
	 * exercise that another lifter's routine or workout still uses (copied from a routine this
	 * user published) stays, so that theirs keeps working; it holds nothing but its name and facts.
	 */
	static final Map<String, String> TABLES = tables();

	private final NamedParameterJdbcTemplate jdbc;

	AccountErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("personal_record", "DELETE FROM personal_record WHERE owner_id = :user");
		tables.put("workout_set", "DELETE FROM workout_set WHERE owner_id = :user");
		tables.put("workout", "DELETE FROM workout WHERE owner_id = :user");
		tables.put("routine_rating", "DELETE FROM routine_rating WHERE user_id = :user");
		tables.put("routine", "DELETE FROM routine WHERE owner_id = :user");
		tables.put("exercise_alias", "DELETE FROM exercise_alias WHERE owner_id = :user");
		tables.put("exercise", """
				DELETE FROM exercise e WHERE e.owner_id = :user
				  AND NOT EXISTS (SELECT 1 FROM routine_exercise r WHERE r.exercise_id = e.id)
				  AND NOT EXISTS (SELECT 1 FROM workout_exercise w WHERE w.exercise_id = e.id)""");
		tables.put("plate_inventory", "DELETE FROM plate_inventory WHERE owner_id = :user");
		tables.put("readiness_report", "DELETE FROM readiness_report WHERE owner_id = :user");
		tables.put("import_job", "DELETE FROM import_job WHERE owner_id = :user");
		tables.put("outbox_event", "DELETE FROM outbox_event WHERE subject = :user");
		return Collections.unmodifiableMap(tables);
	}

	@Override
	@Transactional
	public boolean accept(EventEnvelope event) {
		int inserted = this.jdbc.update("""
				INSERT INTO processed_event (event_id, event_type) VALUES (:id, :type) ON CONFLICT (event_id) DO NOTHING""",
				new MapSqlParameterSource("id", event.id()).addValue("type", event.type()));
		if (inserted == 0) {
			return false;
		}
		if (UserDeleted.class.getSimpleName().equals(event.type())) {
			erase(event.subject());
		}
		return true;
	}

	private void erase(UUID user) {
		MapSqlParameterSource scope = new MapSqlParameterSource("user", user);
		Map<String, Integer> removed = new LinkedHashMap<>();
		TABLES.forEach((table, delete) -> removed.put(table, this.jdbc.update(delete, scope)));
		log.info("Erased user {}: {}", user, removed);
	}

}
