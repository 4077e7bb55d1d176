package io.repwise.workout.routine;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import io.repwise.common.web.PageView;
import io.repwise.workout.routine.RoutineDtos.RoutineSummaryView;

/**
 * Lists of routines with their ratings and usage. "Popular" ranks by a Bayesian average: each
 * routine's ratings are blended with {@link #PRIOR_WEIGHT} imaginary ratings of
 * {@link #PRIOR_MEAN} stars, so one 5-star vote (score (5 × 3 + 5) / 6 = 3.33) does not beat
 * forty 4.6-star ones (4.42). The prior is fixed, not the mean of all ratings: with a data-driven
 * mean, the only rating in the system was its own prior and scored 5.0. Usage (copies plus
 * workouts logged from it) breaks ties, or leads with {@code sort=usage}.
 */
@Repository
class RoutineRankings {

	/** How many prior ratings a routine is assumed to have before its own count. */
	static final int PRIOR_WEIGHT = 5;

	/** The stars of each prior rating: the middle of the 1–5 scale, "no opinion yet". */
	static final double PRIOR_MEAN = 3.0;

	private static final String RANKED = """
			WITH stats AS (SELECT routine_id, count(*) AS n, avg(stars) AS average FROM routine_rating GROUP BY routine_id)
			SELECT r.id, r.name, r.goal, r.level, r.days_per_week, r.owner_id, r.published_at, r.activated_at,
			       s.average, coalesce(s.n, 0) AS ratings,
			       (%d * %s + coalesce(s.n * s.average, 0)) / (%d + coalesce(s.n, 0)) AS score,
			       r.copies + (SELECT count(*) FROM workout w WHERE w.routine_id = r.id) AS uses
			FROM routine r LEFT JOIN stats s ON s.routine_id = r.id
			WHERE %s""";

	private final NamedParameterJdbcTemplate jdbc;

	RoutineRankings(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	PageView<RoutineSummaryView> popular(UUID user, PopularFilter filter, int page, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("user", user).addValue("limit", size)
			.addValue("offset", (long) page * size);
		StringBuilder where = new StringBuilder("r.published_at IS NOT NULL");
		if (filter.level() != null) {
			where.append(" AND r.level = :level");
			parameters.addValue("level", filter.level().name());
		}
		if (filter.daysPerWeek() != null) {
			where.append(" AND r.days_per_week = :days");
			parameters.addValue("days", filter.daysPerWeek());
		}
		if (filter.goal() != null) {
			where.append(" AND r.goal = :goal");
			parameters.addValue("goal", filter.goal().name());
		}
		String order = filter.byUsage() ? "uses DESC, score DESC, r.name" : "score DESC, uses DESC, r.name";
		return page(where.toString(), order, parameters, page, size);
	}

	PageView<RoutineSummaryView> mine(UUID user, int page, int size) {
		return page("r.owner_id = :user", "r.activated_at IS NULL, r.name",
				new MapSqlParameterSource("user", user).addValue("limit", size).addValue("offset", (long) page * size), page,
				size);
	}

	List<RoutineSummaryView> templates(UUID user) {
		return page("r.owner_id IS NULL", "r.days_per_week, r.name",
				new MapSqlParameterSource("user", user).addValue("limit", 100).addValue("offset", 0), 0, 100).items();
	}

	record PopularFilter(Routine.Level level, Integer daysPerWeek, Routine.Goal goal, boolean byUsage) {
	}

	private PageView<RoutineSummaryView> page(String where, String order, MapSqlParameterSource parameters, int page,
			int size) {
		long total = this.jdbc.queryForObject("SELECT count(*) FROM routine r WHERE " + where, parameters, Long.class);
		String sql = RANKED.formatted(PRIOR_WEIGHT, PRIOR_MEAN, PRIOR_WEIGHT, where) + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset";
		UUID user = (UUID) parameters.getValue("user");
		List<RoutineSummaryView> items = this.jdbc.query(sql, parameters, (row, i) -> {
			UUID owner = row.getObject("owner_id", UUID.class);
			double average = row.getDouble("average");
			Double averageStars = row.wasNull() ? null : Math.round(average * 100) / 100.0;
			return new RoutineSummaryView(row.getObject("id", UUID.class), row.getString("name"),
					Routine.Goal.valueOf(row.getString("goal")), Routine.Level.valueOf(row.getString("level")),
					row.getInt("days_per_week"), owner == null, owner != null && owner.equals(user),
					row.getTimestamp("published_at") != null, row.getTimestamp("activated_at") != null, averageStars,
					row.getLong("ratings"), Math.round(row.getDouble("score") * 1000) / 1000.0, row.getLong("uses"));
		});
		return PageView.of(items, page, size, total);
	}

}
