package io.repwise.ai.prediction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.repwise.ai.training.Citations;
import io.repwise.ai.training.Rounding;
import io.repwise.ai.training.TrainingHistory.ExerciseSession;
import io.repwise.training.WeightUnit;

/**
 * Fits the trend of an exercise's best e1RM per session over the last year with a recency-weighted
 * line (half-life 8 weeks) and forecasts it with an 80 % prediction band (Student's t with the
 * fit's degrees of freedom). Needs at least
 * {@value #MIN_SESSIONS} sessions spanning {@value #MIN_SPAN_DAYS} days; fewer say so instead.
 */
public final class StrengthForecaster {

	public static final int MIN_SESSIONS = 6;

	public static final int MIN_SPAN_DAYS = 21;

	static final double HALF_LIFE_DAYS = 56;

	static final int WINDOW_DAYS = 365;

	static final int MAX_TARGET_DAYS = 365;

	public Forecast forecast(List<ExerciseSession> all, Instant now, int horizonWeeks, Double targetKg, WeightUnit unit,
			ZoneId zone) {
		Instant since = now.minus(Duration.ofDays(WINDOW_DAYS));
		List<ExerciseSession> sessions = all.stream().filter((s) -> !s.date().isBefore(since)).toList();
		double span = sessions.isEmpty() ? 0
				: Duration.between(sessions.get(0).date(), sessions.get(sessions.size() - 1).date()).toHours() / 24.0;
		List<String> rules = List.of(Citations.E1RM, Citations.REGRESSION);
		if (sessions.size() < MIN_SESSIONS || span < MIN_SPAN_DAYS) {
			return new Forecast("NOT_ENOUGH_DATA", unit.symbol(), sessions.size(), null, null, null, List.of(), null,
					"Not enough data: a forecast needs at least " + MIN_SESSIONS + " sessions with a loaded set spanning "
							+ MIN_SPAN_DAYS + " days in the last year; there are " + sessions.size() + " over "
							+ (int) Math.floor(span) + " days.", rules);
		}
		List<WeightedRegression.Point> points = new ArrayList<>();
		for (ExerciseSession session : sessions) {
			double t = days(now, session.date());
			points.add(new WeightedRegression.Point(t, unit.fromKilograms(session.bestE1rm()),
					Math.pow(0.5, -t / HALF_LIFE_DAYS)));
		}
		WeightedRegression line = WeightedRegression.fit(points);
		double current = line.predict(0);
		List<Forecast.Point> forecast = new ArrayList<>();
		for (int week = 4; week <= horizonWeeks; week += 4) {
			forecast.add(point(line, week * 7.0, now, zone));
		}
		if (horizonWeeks % 4 != 0) {
			forecast.add(point(line, horizonWeeks * 7.0, now, zone));
		}
		Forecast.Target target = (targetKg != null) ? target(line, unit.fromKilograms(targetKg), now, zone) : null;
		double perWeek = line.slope() * 7;
		String trend = (perWeek > 0 ? "rising" : perWeek < 0 ? "falling" : "flat") + " by "
				+ Rounding.round(Math.abs(perWeek), 2) + " " + unit.symbol() + " a week ("
				+ Rounding.round((current != 0) ? perWeek * 4.345 / current * 100 : 0, 1) + " % a month)";
		return new Forecast("OK", unit.symbol(), sessions.size(), Rounding.round(current, 1), Rounding.round(perWeek, 2),
				Rounding.round(Math.sqrt(line.residualVariance()), 2), forecast, target,
				"Estimated 1RM is " + trend + ", from " + sessions.size() + " sessions over " + (int) span
						+ " days, recent ones weighing most. Bands hold 80 % of likely outcomes if the trend holds; "
						+ "straight lines overstate long-run gains, so distant dates are optimistic.", rules);
	}

	private static Forecast.Point point(WeightedRegression line, double t, Instant now, ZoneId zone) {
		double value = line.predict(t);
		// Student's t, not the normal 1.28: with the few effective points a recency-weighted fit has,
		// the normal band held about 75 % of outcomes, not 80 %.
		double band = StudentT.quantile(0.9, line.degreesOfFreedom()) * Math.sqrt(line.predictionVariance(t));
		return new Forecast.Point(date(now, t, zone), Rounding.round(value, 1), Rounding.round(value - band, 1),
				Rounding.round(value + band, 1));
	}

	static Forecast.Target target(WeightedRegression line, double target, Instant now, ZoneId zone) {
		double current = line.predict(0);
		if (current >= target) {
			return new Forecast.Target(Rounding.round(target, 1), "REACHED", date(now, 0, zone),
					"the fitted e1RM (" + Rounding.round(current, 1) + ") is already at or above the target");
		}
		if (line.slope() <= 0) {
			return new Forecast.Target(Rounding.round(target, 1), "NOT_ON_TREND", null,
					"the trend is flat or falling, so no date can be forecast");
		}
		double days = (target - line.intercept()) / line.slope();
		if (days > MAX_TARGET_DAYS) {
			return new Forecast.Target(Rounding.round(target, 1), "BEYOND_A_YEAR", null,
					"at the current rate it takes about " + Math.round(days / 7) + " weeks, too far to forecast");
		}
		return new Forecast.Target(Rounding.round(target, 1), "EXPECTED", date(now, days, zone),
				"about " + Math.round(days / 7) + " weeks at the current rate");
	}

	static double days(Instant now, Instant at) {
		return Duration.between(now, at).toMinutes() / 1440.0;
	}

	private static LocalDate date(Instant now, double days, ZoneId zone) {
		return now.plus(Duration.ofMinutes(Math.round(days * 1440))).atZone(zone).toLocalDate();
	}

	/**
	 * @param status {@code OK} or {@code NOT_ENOUGH_DATA}
	 * @param current the fitted e1RM today
	 * @param residualSd typical distance of a session from the line
	 */
	public record Forecast(String status, String weightUnit, int sessions, Double current, Double perWeek,
			Double residualSd, List<Point> forecast, Target target, String why, List<String> rules) {

		public record Point(LocalDate date, double e1rm, double low, double high) {
		}

		/** @param status {@code REACHED}, {@code EXPECTED}, {@code NOT_ON_TREND} or {@code BEYOND_A_YEAR} */
		public record Target(double weight, String status, LocalDate date, String why) {
		}

	}

}
