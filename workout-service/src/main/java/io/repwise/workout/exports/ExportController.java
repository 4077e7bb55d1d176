package io.repwise.workout.exports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.PreferredZone;
import io.repwise.common.request.UnitSystem;
import io.repwise.common.security.CurrentUser;

/** All of my history to take away: JSON that imports back without loss, or a spreadsheet. */
@Tag(name = "Export", description = "All my workouts, routines, records, body weight and profile, to keep or to take elsewhere.")
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final HistoryExporter exporter;

	ExportController(HistoryExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping
	@Operation(operationId = "exportHistory", summary = "Export my history",
			description = "json: everything (workouts and sets, private exercises, routines with their progression, records, "
					+ "plates, soreness reports, body weights and profile), weights in my units and as stored; "
					+ "POST /api/v1/imports takes it back without loss. csv: my completed sets in Strong's export columns, "
					+ "for spreadsheets and other apps. Streamed as a download.")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment.", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ExportDocument.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "503", description = "user-service, which keeps the profile and body weights, did not answer.")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Jwt token,
			@Parameter(schema = @Schema(allowableValues = { "json", "csv" })) @RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) String units, @RequestParam(required = false) String zone) {
		UUID owner = CurrentUser.of(token);
		UnitSystem unitSystem = PreferredUnits.of(units, token);
		ZoneId zoneId = PreferredZone.of(zone, token);
		String day = LocalDate.now(zoneId).toString();
		return switch (format) {
			case "json" -> {
				HistoryExporter.Account account = this.exporter.account(token.getTokenValue());
				yield download(MediaType.APPLICATION_JSON, "repwise-export-" + day + ".json",
						(out) -> this.exporter.writeJson(owner, unitSystem, account, out));
			}
			case "csv" -> download(CSV, "repwise-workouts-" + day + ".csv",
					(out) -> this.exporter.writeCsv(owner, unitSystem, zoneId, out));
			default -> throw new InvalidFieldException("format", "must be json or csv");
		};
	}

	private static ResponseEntity<StreamingResponseBody> download(MediaType type, String fileName, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
