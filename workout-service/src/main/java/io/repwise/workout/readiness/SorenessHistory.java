package io.repwise.workout.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.repwise.training.DeloadTrigger;

/** A user's soreness of the last week, for features that deload on it (routine progression). */
@Component
public class SorenessHistory {

	/** More than a week of several reports a day; the rest would not change the answer. */
	static final int MAX_REPORTS = 100;

	private final ReadinessReports reports;

	SorenessHistory(ReadinessReports reports) {
		this.reports = reports;
	}

	/** Every muscle's score of every report in the seven days before {@code now}. */
	public List<DeloadTrigger.SorenessReading> lastWeek(UUID owner, Instant now) {
		List<DeloadTrigger.SorenessReading> readings = new ArrayList<>();
		for (ReadinessReports.Report report : this.reports.since(owner, now.minus(Duration.ofDays(7)), MAX_REPORTS)) {
			report.soreness().values().forEach((score) -> readings.add(new DeloadTrigger.SorenessReading(report.reportedAt(), score)));
		}
		return readings;
	}

}
