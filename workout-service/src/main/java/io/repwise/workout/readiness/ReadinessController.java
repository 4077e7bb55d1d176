package io.repwise.workout.readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.security.CurrentUser;
import io.repwise.training.Muscle;

/**
 * How sore the user says their muscles are, 0 (not at all) to 10 (worst), for the coach's
 * recovery model to defer to.
 */
@Tag(name = "Readiness", description = "How sore I am, per muscle: what recovery and deload advice follow.")
@RestController
@RequestMapping("/api/v1/readiness")
@Validated
class ReadinessController {

	/** How far back a report may be dated: a morning's soreness logged in the evening, not last month's. */
	static final Duration BACKDATE_LIMIT = Duration.ofHours(48);

	private final ReadinessReports reports;

	private final Clock clock;

	ReadinessController(ReadinessReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "reportSoreness", summary = "Report soreness",
			description = "0 (none) to 10 per muscle, felt now or up to 48 hours ago.")
	@ResponseStatus(HttpStatus.CREATED)
	ReportView report(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ReportRequest request) {
		Instant now = this.clock.instant();
		Instant at = (request.reportedAt() != null) ? request.reportedAt() : now;
		if (at.isAfter(now.plusSeconds(60)) || at.isBefore(now.minus(BACKDATE_LIMIT))) {
			throw new InvalidFieldException("reportedAt", "must be within the last 48 hours");
		}
		Map<String, Integer> soreness = new LinkedHashMap<>();
		request.soreness().forEach((name, score) -> {
			Muscle muscle = muscle(name);
			if (score == null || score < 0 || score > MAX_SORENESS) {
				throw new InvalidFieldException("soreness." + name, "must be a whole number from 0 (not sore) to 10");
			}
			soreness.put(muscle.name(), score);
		});
		ReadinessReports.Report report = new ReadinessReports.Report(UUID.randomUUID(), CurrentUser.of(token), at, soreness);
		this.reports.insert(report);
		return ReportView.of(report);
	}

	/** My reports of the last {@code hours}, newest first. */
	@GetMapping
	@Operation(operationId = "listSorenessReports", summary = "My soreness reports",
			description = "Those of the last hours (48 by default), newest first.")
	List<ReportView> recent(@AuthenticationPrincipal Jwt token,
			@RequestParam(defaultValue = "48") @Min(1) @Max(720) int hours) {
		return this.reports.since(CurrentUser.of(token), this.clock.instant().minus(Duration.ofHours(hours)), 100)
			.stream()
			.map(ReportView::of)
			.toList();
	}

	private static Muscle muscle(String name) {
		try {
			return Muscle.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("soreness." + name, "is not a muscle; use one of "
					+ String.join(", ", Arrays.stream(Muscle.values()).map(Muscle::name).toList()));
		}
	}

	/** One report per muscle at most: the kernel's 19 muscles. */
	static final int MUSCLES = 19;

	/** Soreness is scored 0 (none) to this. */
	static final int MAX_SORENESS = 10;

	/**
	 * @param soreness muscle (for example {@code QUADRICEPS}, {@code FRONT_DELTS}) to 0–10
	 * @param reportedAt when the soreness was felt; now when left out, at most 48 hours back
	 */
	record ReportRequest(@NotNull @NotEmpty @Size(max = MUSCLES) Map<@NotNull @Size(max = 20) String, Integer> soreness,
			Instant reportedAt) {
	}

	record ReportView(UUID id, Instant reportedAt, Map<String, Integer> soreness) {

		static ReportView of(ReadinessReports.Report report) {
			return new ReportView(report.id(), report.reportedAt(), report.soreness());
		}

	}

}
