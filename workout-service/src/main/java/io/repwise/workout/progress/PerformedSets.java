package io.repwise.workout.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import io.repwise.workout.system.Rows;

/** Reads a {@link PerformedSet} from a {@code workout_set} row. */
final class PerformedSets {

	private PerformedSets() {
	}

	static PerformedSet from(ResultSet row) throws SQLException {
		return new PerformedSet(row.getObject("id", UUID.class), row.getObject("workout_id", UUID.class),
				row.getTimestamp("performed_at").toInstant(), row.getString("type"), Rows.integer(row, "reps"),
				Rows.decimal(row, "weight_kg"), Rows.decimal(row, "rpe"), Rows.integer(row, "rir"),
				Rows.integer(row, "duration_s"), Rows.decimal(row, "distance_m"), row.getBoolean("completed"));
	}
}
