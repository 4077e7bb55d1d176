package io.repwise.workout.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads a {@link PerformedSet} from a {@code workout_set} row. */
final class PerformedSets {

	private PerformedSets() {
	}

	static PerformedSet from(ResultSet row) throws SQLException {
		return new PerformedSet(row.getObject("id", UUID.class), row.getObject("workout_id", UUID.class),
				row.getTimestamp("performed_at").toInstant(), row.getString("type"), integer(row, "reps"),
				decimal(row, "weight_kg"), decimal(row, "rpe"), integer(row, "rir"), integer(row, "duration_s"),
				decimal(row, "distance_m"), row.getBoolean("completed"));
	}

	private static Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	private static Double decimal(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

}
