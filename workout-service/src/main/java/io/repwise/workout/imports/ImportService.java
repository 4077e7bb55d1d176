package io.repwise.workout.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.UnitSystem;
import io.repwise.workout.account.UserServiceClient;
import io.repwise.workout.exercise.ExerciseMatch;
import io.repwise.workout.exercise.ExerciseMatcher;
import io.repwise.workout.exercise.ImportedExercises;
import io.repwise.workout.exports.ExportDocument;
import io.repwise.workout.imports.ImportDtos.Choice;
import io.repwise.workout.imports.ImportDtos.ConfirmRequest;
import io.repwise.workout.imports.ImportDtos.ExerciseMatchView;
import io.repwise.workout.imports.ImportDtos.ExtrasView;
import io.repwise.workout.imports.ImportDtos.ImportSummaryView;
import io.repwise.workout.imports.ImportDtos.ImportView;
import io.repwise.workout.imports.ImportDtos.OutcomeView;
import io.repwise.workout.imports.ImportDtos.PreviewView;
import io.repwise.workout.imports.ImportDtos.ProgressView;
import io.repwise.workout.imports.ImportDtos.Status;
import io.repwise.workout.imports.ImportJobs.ImportJob;
import io.repwise.workout.imports.ImportPlan.PlannedEntry;
import io.repwise.workout.imports.ImportPlan.PlannedWorkout;
import io.repwise.workout.imports.file.DateOrder;
import io.repwise.workout.imports.file.ImportSettings;
import io.repwise.workout.progress.RecordKeeper;
import io.repwise.workout.readiness.SorenessArchive;
import io.repwise.workout.routine.RoutineArchive;
import io.repwise.workout.session.WorkoutArchive;

/**
 * Bringing a history in: a preview of what a file would add, the lifter's confirmation (with
 * their own matches), the import running as a job ({@link ImportRunner}), and undoing one as a
 * batch. Nothing is added before the lifter confirms.
 */
@Service
class ImportService {

	/** Unconfirmed previews a lifter keeps at once; each holds a whole file. */
	static final int PREVIEWS_KEPT = 5;

	/** Problems shown in a preview; the rest are counted. */
	static final int PROBLEMS_SHOWN = 100;

	/** A running import writes its heartbeat at least this often; one silent for longer was interrupted. */
	static final Duration STALE_AFTER = Duration.ofMinutes(5);

	private final HistoryReader reader;

	private final ExerciseResolver resolver;

	private final ExerciseMatcher matcher;

	private final ImportedExercises importedExercises;

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final WorkoutArchive workouts;

	private final RoutineArchive routines;

	private final SorenessArchive soreness;

	private final RecordKeeper records;

	private final UserServiceClient users;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ImportService(HistoryReader reader, ExerciseResolver resolver, ExerciseMatcher matcher,
			ImportedExercises importedExercises, ImportJobs jobs, ImportRunner runner, WorkoutArchive workouts,
			RoutineArchive routines, SorenessArchive soreness, RecordKeeper records, UserServiceClient users, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.reader = reader;
		this.resolver = resolver;
		this.matcher = matcher;
		this.importedExercises = importedExercises;
		this.jobs = jobs;
		this.runner = runner;
		this.workouts = workouts;
		this.routines = routines;
		this.soreness = soreness;
		this.records = records;
		this.users = users;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Reads the file outside any transaction (a large one takes a second); only storing the job takes one. */
	public ImportView preview(UUID owner, String fileName, byte[] content, String format, UnitSystem units, ZoneId zone,
			String dateOrder) {
		DateOrder order = dateOrder(dateOrder);
		ImportPlan plan = this.reader.read(content, normalized(format), new ImportSettings(zone, units, order));
		ExerciseResolution resolution = this.resolver.resolve(owner, plan, List.of());
		Instant from = plan.workouts().stream().map(PlannedWorkout::startedAt).min(Instant::compareTo).orElse(null);
		Instant to = plan.workouts().stream().map(PlannedWorkout::startedAt).max(Instant::compareTo).orElse(null);
		Set<String> present = (from != null) ? this.workouts.identitiesBetween(owner, from, to) : Set.of();
		int alreadyThere = (int) plan.workouts().stream().filter((workout) -> present.contains(workout.identity())).count();
		List<String> assumptions = new ArrayList<>(plan.assumptions());
		String sha = sha256(content);
		this.jobs.lastDoneWith(owner, sha)
			.ifPresent((earlier) -> assumptions.add("You imported this same file on " + earlier.createdAt()
					+ " (import " + earlier.id() + "); the workouts it added are already there and are skipped."));
		PreviewView preview = new PreviewView(plan.workouts().size(), plan.sets(), alreadyThere, from, to, units.apiName(),
				zone.getId(), exercises(plan, resolution), plan.problems().stream().limit(PROBLEMS_SHOWN).toList(),
				Math.max(0, plan.problems().size() - PROBLEMS_SHOWN), assumptions, extras(owner, plan.document()));
		ImportJob job = new ImportJob(UUID.randomUUID(), owner, plan.format(), fileName(fileName), units.apiName(), zone.getId(),
				(order != null) ? order.name() : null, Status.PREVIEWED, preview, null, plan.workouts().size(), 0, null, null,
				this.clock.instant(), null, null, null);
		this.transactions.executeWithoutResult((status) -> {
			this.jobs.trimPreviews(owner, PREVIEWS_KEPT - 1);
			this.jobs.insert(job, sha, content);
		});
		return view(job);
	}

	/**
	 * Starts the import with the lifter's choices. A preview, a failed import and an interrupted
	 * one may be confirmed (the last two resume: what they added already is skipped).
	 */
	@Transactional
	public ImportView confirm(UUID owner, UUID id, ConfirmRequest request, String token) {
		ImportJob job = this.jobs.findForUpdate(id, owner).orElseThrow(ImportService::notFound);
		Status status = effectiveStatus(job);
		if (status != Status.PREVIEWED && status != Status.FAILED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, switch (status) {
				case RUNNING -> "This import is running already.";
				case DONE -> "This import is done already; undo it to import the file again.";
				default -> "This import was undone; upload the file again to import it.";
			});
		}
		List<Choice> choices = request.exercisesOrEmpty();
		Map<String, ExerciseMatchView> byKey = new LinkedHashMap<>();
		job.preview().exercises().forEach((match) -> byKey.putIfAbsent(ExerciseMatcher.key(match.name()), match));
		Map<String, Choice> chosen = new LinkedHashMap<>();
		for (int i = 0; i < choices.size(); i++) {
			if (!byKey.containsKey(ExerciseMatcher.key(choices.get(i).name()))) {
				throw new InvalidFieldException("exercises[" + i + "].name", "is not an exercise name of this file");
			}
			chosen.put(ExerciseMatcher.key(choices.get(i).name()), choices.get(i));
		}
		List<String> unchosen = byKey.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().needsChoice() && !chosen.containsKey(entry.getKey()))
			.map((entry) -> entry.getValue().name())
			.toList();
		if (!unchosen.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "No library exercise resembles "
					+ String.join(", ", unchosen) + ": choose an exercise (exerciseId) or one to model a new private "
					+ "exercise on (newExerciseLike) for each.");
		}
		long creating = byKey.entrySet().stream().filter((entry) -> {
			Choice choice = chosen.get(entry.getKey());
			return (choice != null) ? choice.newExerciseLike() != null : "NEW".equals(entry.getValue().match());
		}).count();
		int room = this.importedExercises.room(owner);
		if (creating > room) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This import would create " + creating
					+ " private exercises and you have room for " + room + " (300 in all): match some names to library "
					+ "exercises, or delete private exercises you no longer use.");
		}
		for (Choice choice : chosen.values()) {
			if (choice.exerciseId() != null) {
				this.matcher.remember(owner, choice.name(), choice.exerciseId());
			}
		}
		this.jobs.start(id, new ConfirmRequest(List.copyOf(chosen.values()), request.restoreProfile()), this.clock.instant());
		afterCommit(() -> this.runner.submit(id, owner, token));
		return view(this.jobs.find(id, owner).orElseThrow());
	}

	public ImportView get(UUID owner, UUID id) {
		return view(this.jobs.find(id, owner).orElseThrow(ImportService::notFound));
	}

	public List<ImportSummaryView> latest(UUID owner, int limit) {
		return this.jobs.latest(owner, limit)
			.stream()
			.map((job) -> new ImportSummaryView(job.id(), effectiveStatus(job), job.format(), job.fileName(), job.createdAt(),
					job.totalWorkouts(), job.doneWorkouts()))
			.toList();
	}

	/**
	 * Takes back everything an import added, as one batch: the body weights it logged (first, so
	 * that user-service being away leaves nothing half undone), then in one transaction its
	 * workouts (records recomputed), routines, soreness reports and the private exercises it
	 * created that nothing else uses. Plates and the profile it restored stay as they are now.
	 */
	public ImportView undo(UUID owner, UUID id, String token) {
		ImportJob job = this.jobs.find(id, owner).orElseThrow(ImportService::notFound);
		requireUndoable(job);
		if (effectiveStatus(job) == Status.UNDONE) {
			return view(job);
		}
		OutcomeView outcome = job.outcome();
		if (outcome != null && outcome.bodyWeightIds() != null) {
			outcome.bodyWeightIds().forEach((entry) -> this.users.deleteBodyWeight(token, entry));
		}
		return this.transactions.execute((status) -> {
			ImportJob locked = this.jobs.findForUpdate(id, owner).orElseThrow(ImportService::notFound);
			requireUndoable(locked);
			List<UUID> exercises = this.workouts.deleteImported(owner, id);
			this.routines.deleteImported(owner, id);
			this.soreness.deleteImported(owner, id);
			this.importedExercises.deleteUnused(owner, id);
			this.records.recompute(owner, exercises);
			this.jobs.undone(id, locked.outcome(), this.clock.instant());
			return view(this.jobs.find(id, owner).orElseThrow());
		});
	}

	private void requireUndoable(ImportJob job) {
		if (effectiveStatus(job) == Status.RUNNING) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This import is still running; undo it when it has finished.");
		}
	}

	ImportView view(ImportJob job) {
		Status status = effectiveStatus(job);
		String failure = (status == Status.FAILED && job.status() == Status.RUNNING)
				? "Interrupted: the service stopped while importing. Confirm again to go on; what was imported already is kept."
				: job.failure();
		ProgressView progress = (job.status() == Status.PREVIEWED) ? null
				: new ProgressView(job.totalWorkouts(), job.doneWorkouts(),
						(job.totalWorkouts() == 0) ? 100 : (int) (100L * job.doneWorkouts() / job.totalWorkouts()));
		return new ImportView(job.id(), status, job.format(), job.fileName(), job.createdAt(), job.startedAt(),
				job.finishedAt(), job.preview(), (job.confirmation() != null) ? job.confirmation().exercisesOrEmpty() : List.of(),
				progress, job.outcome(), failure);
	}

	/** A running job whose heartbeat stopped was interrupted (its replica stopped), and counts as failed. */
	private Status effectiveStatus(ImportJob job) {
		if (job.status() == Status.RUNNING && job.heartbeatAt() != null
				&& job.heartbeatAt().isBefore(this.clock.instant().minus(STALE_AFTER))) {
			return Status.FAILED;
		}
		return job.status();
	}

	private static List<ExerciseMatchView> exercises(ImportPlan plan, ExerciseResolution resolution) {
		Map<String, ExerciseMatchView> views = new LinkedHashMap<>();
		for (PlannedWorkout workout : plan.workouts()) {
			for (PlannedEntry entry : workout.entries()) {
				String key = ExerciseMatcher.key(entry.exerciseName());
				int sets = resolution.sets().getOrDefault(key, 0);
				ExerciseMatch match = resolution.matches().get(key);
				// No match: a Repwise export's entry whose exercise this lifter has, the same exercise by id.
				views.computeIfAbsent(key, (unused) -> (match != null) ? view(key, match, sets, resolution)
						: new ExerciseMatchView(entry.exerciseName(), sets, "EXACT", entry.exerciseId(), entry.exerciseName(),
								null, null, false, false, List.of()));
			}
		}
		// Exercises only a routine of the export uses.
		resolution.matches().forEach((key, match) -> views.computeIfAbsent(key, (unused) -> view(key, match, 0, resolution)));
		return List.copyOf(views.values());
	}

	private static ExerciseMatchView view(String key, ExerciseMatch match, int sets, ExerciseResolution resolution) {
		boolean defined = resolution.definitions().containsKey(key);
		return new ExerciseMatchView(match.name(), sets, match.kind().name(), match.exerciseId(), match.exerciseName(),
				match.score(), defined ? null : match.model(), match.isNew() && defined, resolution.needsChoice(key),
				match.suggestions());
	}

	private ExtrasView extras(UUID owner, ExportDocument document) {
		if (document == null) {
			return null;
		}
		Set<String> routineNames = this.routines.names(owner);
		List<RoutineArchive.RoutineSnapshot> routines = HistoryReader.nonNull(document.routines());
		int routinesThere = (int) routines.stream()
			.filter((routine) -> routineNames.contains(routine.name().trim().toLowerCase(Locale.ROOT)))
			.count();
		return new ExtrasView(document.profile() != null && !document.profile().isNull(),
				HistoryReader.nonNull(document.bodyWeight()).size(), HistoryReader.nonNull(document.customExercises()).size(),
				routines.size(), routinesThere, document.plates() != null, HistoryReader.nonNull(document.soreness()).size());
	}

	private static DateOrder dateOrder(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.trim().toUpperCase(Locale.ROOT).replace('-', '_')) {
			case "DAY_FIRST", "DMY" -> DateOrder.DAY_FIRST;
			case "MONTH_FIRST", "MDY" -> DateOrder.MONTH_FIRST;
			default -> throw new InvalidFieldException("dateOrder", "must be DAY_FIRST or MONTH_FIRST");
		};
	}

	private static String normalized(String format) {
		return (format == null || format.isBlank()) ? null : format.trim().toLowerCase(Locale.ROOT);
	}

	private static String fileName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		return (base.length() > 255) ? base.substring(0, 255) : base;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No import with this id.");
	}

}
