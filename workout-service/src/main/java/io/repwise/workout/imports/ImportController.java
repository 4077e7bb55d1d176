package io.repwise.workout.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.PreferredZone;
import io.repwise.common.security.CurrentUser;
import io.repwise.workout.imports.ImportDtos.ConfirmRequest;
import io.repwise.workout.imports.ImportDtos.ImportSummaryView;
import io.repwise.workout.imports.ImportDtos.ImportView;

/** Bringing my history in from Strong, Hevy or a Repwise export: preview, confirm, follow, undo. */
@Tag(name = "Import", description = "My history from Strong, Hevy or a Repwise export: a preview first, then the import as a job I can follow and undo.")
@RestController
@RequestMapping("/api/v1/imports")
@Validated
class ImportController {

	/** The largest file taken: a decade of daily training in any of the formats is far smaller. */
	static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "previewImport", summary = "Upload a history file for a preview",
			description = "A file (multipart part \"file\", at most 16 MB and 200,000 rows) exported by Strong (strong-v6, "
					+ "strong-v5, strong-legacy), Hevy (hevy) or Repwise (repwise-json); the format is told from the file "
					+ "unless given. Nothing is imported yet: the answer is a preview of the workouts, sets and dates it "
					+ "holds, how each exercise name was matched to the library (EXACT, ALIAS, FUZZY with a score, or NEW: "
					+ "a private exercise modelled on the closest), the workouts already there (same start and name: skipped), "
					+ "and each row that cannot be read with its line and column. Weights and distances of files that do "
					+ "not name their units are read in units; local times in zone.")
	@ApiResponse(responseCode = "201", description = "The preview, as import PREVIEWED; confirm it to import.")
	@ApiResponse(responseCode = "400", description = "The file cannot be read at all: the problem names the line and column (urn:repwise:problem:unreadable-file).")
	@ApiResponse(responseCode = "413", description = "The file is over 16 MB.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ImportView> preview(@AuthenticationPrincipal Jwt token, @RequestPart("file") MultipartFile file,
			@Parameter(schema = @Schema(allowableValues = { "strong-v6", "strong-v5", "strong-legacy", "hevy", "repwise-json" },
					maxLength = 20)) @RequestParam(required = false) String format,
			@RequestParam(required = false) String units, @RequestParam(required = false) String zone,
			@Parameter(description = "For slashed dates the file leaves open (03/04/2024).",
					schema = @Schema(allowableValues = { "DAY_FIRST", "MONTH_FIRST" }, maxLength = 12))
			@RequestParam(required = false) String dateOrder) {
		if (file.isEmpty()) {
			throw new InvalidFieldException("file", "must not be empty");
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			throw new InvalidFieldException("file", "must be at most 16 MB");
		}
		if (format != null && format.length() > 20) {
			throw new InvalidFieldException("format", "must be one of strong-v6, strong-v5, strong-legacy, hevy, repwise-json");
		}
		ImportView view = this.imports.preview(CurrentUser.of(token), file.getOriginalFilename(), bytes(file), format,
				PreferredUnits.of(units, token), PreferredZone.of(zone, token), dateOrder);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + view.id())).body(view);
	}

	@PostMapping("/{id}/confirm")
	@Operation(operationId = "confirmImport", summary = "Import a previewed file",
			description = "Starts the import, with my own matches for any exercise names (an exercise, or one to model a new "
					+ "private exercise on); they are remembered for my next import. It runs as a job: follow it with GET. "
					+ "Confirming a failed or interrupted import resumes it. Records are recomputed once at the end and no "
					+ "notification is sent for imported workouts.")
	@ApiResponse(responseCode = "202", description = "The import, RUNNING.")
	@ApiResponse(responseCode = "404", description = "No import of mine with this id.")
	@ApiResponse(responseCode = "409", description = "It is running or done already, or a name still needs an exercise chosen, or it would create more private exercises than I have room for.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportView confirm(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @Valid @RequestBody(required = false) ConfirmRequest request) {
		return this.imports.confirm(CurrentUser.of(token), id,
				(request != null) ? request : new ConfirmRequest(List.of(), null), token.getTokenValue());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getImport", summary = "An import of mine",
			description = "Its preview, my choices, its progress while RUNNING, and what it did once DONE.")
	@ApiResponse(responseCode = "200", description = "The import.")
	@ApiResponse(responseCode = "404", description = "No import of mine with this id.")
	ImportView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		return this.imports.get(CurrentUser.of(token), id);
	}

	@GetMapping
	@Operation(operationId = "listImports", summary = "My imports", description = "The latest 50, newest first.")
	List<ImportSummaryView> list(@AuthenticationPrincipal Jwt token) {
		return this.imports.latest(CurrentUser.of(token), 50);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "undoImport", summary = "Undo an import",
			description = "Removes everything it added, as one batch: workouts (records recomputed), routines, soreness reports, "
					+ "body weights, and the private exercises it created that nothing else uses. A preview is simply discarded. "
					+ "Plates and the profile it restored stay as they are.")
	@ApiResponse(responseCode = "200", description = "The import, UNDONE.")
	@ApiResponse(responseCode = "404", description = "No import of mine with this id.")
	@ApiResponse(responseCode = "409", description = "It is still running.")
	ImportView undo(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		return this.imports.undo(CurrentUser.of(token), id, token.getTokenValue());
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
