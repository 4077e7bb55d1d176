package io.repwise.workout.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.request.UnitSystem;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;
import io.repwise.workout.account.UserServiceClient;
import io.repwise.workout.equipment.LifterPlates;
import io.repwise.workout.exercise.ExerciseMatcher;
import io.repwise.workout.exercise.ImportedExercises;
import io.repwise.workout.exports.ExportDocument;
import io.repwise.workout.imports.ImportDtos.OutcomeView;
import io.repwise.workout.imports.ImportJobs.ImportJob;
import io.repwise.workout.imports.ImportPlan.PlannedEntry;
import io.repwise.workout.imports.ImportPlan.PlannedWorkout;
import io.repwise.workout.imports.file.DateOrder;
import io.repwise.workout.imports.file.ImportSettings;
import io.repwise.workout.progress.RecordKeeper;
import io.repwise.workout.readiness.SorenessArchive;
import io.repwise.workout.routine.RoutineArchive;
import io.repwise.workout.session.Workout;
import io.repwise.workout.session.Workout.Entry;
import io.repwise.workout.session.Workout.LoggedSet;
import io.repwise.workout.session.WorkoutArchive;

/**
 * Runs a confirmed import on its own thread: creates the private exercises it needs, restores
 * what a Repwise export brings besides workouts, stores the workouts the lifter does not have yet
 * a chunk at a time (each chunk one transaction, progress written after each), then recomputes
 * the records of every exercise it touched once, and sends no notification for any of it. Run
 * again after a failure or an interruption, it goes on where it stopped: what is there already
 * is skipped.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	/** Workouts stored per transaction: about a thousand sets. */
	static final int CHUNK = 200;

	private final TaskExecutor executor;

	private final ImportJobs jobs;

	private final HistoryReader reader;

	private final ExerciseResolver resolver;

	private final ImportedExercises exercises;

	private final WorkoutArchive workouts;

	private final RoutineArchive routines;

	private final SorenessArchive soreness;

	private final LifterPlates plates;

	private final RecordKeeper records;

	private final UserServiceClient users;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ImportRunner(@Qualifier("importExecutor") TaskExecutor executor, ImportJobs jobs, HistoryReader reader,
			ExerciseResolver resolver, ImportedExercises exercises, WorkoutArchive workouts, RoutineArchive routines,
			SorenessArchive soreness, LifterPlates plates, RecordKeeper records, UserServiceClient users,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.executor = executor;
		this.jobs = jobs;
		this.reader = reader;
		this.resolver = resolver;
		this.exercises = exercises;
		this.workouts = workouts;
		this.routines = routines;
		this.soreness = soreness;
		this.plates = plates;
		this.records = records;
		this.users = users;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Queues the import. The lifter's token is kept in memory only, for what user-service keeps
	 * (profile, body weights); an import resumed later without it skips those and says so.
	 */
	void submit(UUID id, UUID owner, String token) {
		try {
			this.executor.execute(() -> run(id, owner, token));
		}
		catch (TaskRejectedException ex) {
			this.jobs.fail(id, "Too many imports are waiting; confirm again in a minute.", this.clock.instant());
		}
	}

	void run(UUID id, UUID owner, String token) {
		try {
			ImportJob job = this.jobs.find(id, owner).orElseThrow();
			OutcomeView outcome = importAll(job, this.jobs.content(id), token);
			this.jobs.finish(id, outcome, this.clock.instant());
			log.info("Import {} done: {} workouts added, {} already there", id, outcome.workoutsAdded(),
					outcome.workoutsAlreadyThere());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", id, ex);
			this.jobs.fail(id, failure(ex), this.clock.instant());
		}
	}

	private OutcomeView importAll(ImportJob job, byte[] content, String token) {
		UUID owner = job.ownerId();
		UnitSystem units = UnitSystem.parse(job.units());
		ImportSettings settings = new ImportSettings(ZoneId.of(job.zone()), units,
				(job.dateOrder() != null) ? DateOrder.valueOf(job.dateOrder()) : null);
		ImportPlan plan = this.reader.read(content, job.format(), settings);
		ExerciseResolution resolution = this.resolver.resolve(owner, plan, job.confirmation().exercisesOrEmpty());
		if (!resolution.needingChoice().isEmpty()) {
			throw new IllegalStateException("No exercise was chosen for " + String.join(", ", resolution.needingChoice()));
		}
		ExportDocument document = plan.document();
		List<String> notes = new ArrayList<>();
		Extras extras = this.transactions.execute((status) -> restoreExtras(owner, job.id(), plan, resolution, notes));

		Set<String> present = new HashSet<>();
		if (!plan.workouts().isEmpty()) {
			present.addAll(this.workouts.identitiesBetween(owner, plan.workouts().get(0).startedAt(),
					plan.workouts().stream().map(PlannedWorkout::startedAt).max(Instant::compareTo).orElseThrow()));
		}
		List<Workout> toAdd = new ArrayList<>();
		int alreadyThere = 0;
		for (PlannedWorkout planned : plan.workouts()) {
			if (present.add(planned.identity())) {
				toAdd.add(workout(owner, planned, resolution, extras));
			}
			else {
				alreadyThere++;
			}
		}
		int done = alreadyThere;
		this.jobs.progress(job.id(), done, this.clock.instant());
		Set<UUID> touched = new LinkedHashSet<>();
		int sets = 0;
		for (int from = 0; from < toAdd.size(); from += CHUNK) {
			List<Workout> chunk = toAdd.subList(from, Math.min(from + CHUNK, toAdd.size()));
			this.transactions.executeWithoutResult((status) -> this.workouts.insertImported(chunk, job.id()));
			for (Workout workout : chunk) {
				workout.entries().forEach((entry) -> touched.add(entry.exerciseId()));
				sets += workout.entries().stream().mapToInt((entry) -> entry.sets().size()).sum();
			}
			done += chunk.size();
			this.jobs.progress(job.id(), done, this.clock.instant());
		}
		this.transactions.executeWithoutResult((status) -> this.records.recompute(owner, touched));

		String profile = "kept";
		List<UUID> bodyWeights = List.of();
		if (document != null) {
			if (token == null) {
				profile = "not restored: the import was resumed without your sign-in; import the file again for it";
			}
			else {
				profile = restoreProfile(document, job, token);
				bodyWeights = restoreBodyWeights(document, token, notes);
			}
		}
		return new OutcomeView(toAdd.size(), alreadyThere, sets, extras.created().size(), extras.routines(),
				extras.sorenessReports(), extras.plates(), bodyWeights.size(), bodyWeights, profile, touched.size(), notes);
	}

	/** What a run restored besides workouts, and the ids the workouts need from it. */
	private record Extras(Map<String, UUID> created, Map<UUID, UUID> routineIds, int routines, int sorenessReports,
			boolean plates) {
	}

	private Extras restoreExtras(UUID owner, UUID importId, ImportPlan plan, ExerciseResolution resolution,
			List<String> notes) {
		Map<String, UUID> created = new LinkedHashMap<>();
		Map<String, String> tracking = tracking(plan);
		resolution.toCreate().forEach((key, match) -> {
			var definition = resolution.definitions().get(key);
			UUID id = (definition != null) ? this.exercises.createDefined(owner, definition, importId)
					: this.exercises.create(owner, match.name(), match.model().id(), tracking.getOrDefault(key, "WEIGHT_REPS"),
							importId);
			created.put(key, id);
		});
		ExportDocument document = plan.document();
		if (document == null) {
			return new Extras(created, Map.of(), 0, 0, false);
		}
		RoutineArchive.Restored restored = this.routines.restore(owner, HistoryReader.nonNull(document.routines()),
				(old) -> resolution.usable().contains(old) ? old : exerciseByFileId(document, resolution, created, old),
				importId);
		if (!restored.unresolved().isEmpty()) {
			notes.add("Routines left out because an exercise of theirs is unknown here: "
					+ String.join(", ", restored.unresolved()));
		}
		int sorenessReports = this.soreness.restore(owner, HistoryReader.nonNull(document.soreness())
			.stream()
			.map((report) -> new SorenessArchive.Report(report.reportedAt(), report.soreness()))
			.toList(), importId);
		boolean platesRestored = false;
		if (document.plates() != null && this.plates.of(owner).isEmpty()) {
			this.plates.save(owner, new PlateInventory("lb".equals(document.plates().unit()) ? WeightUnit.LB : WeightUnit.KG,
					document.plates().bar(), document.plates()
						.plates()
						.stream()
						.map((plate) -> new PlateInventory.Plate(plate.weight(), plate.pairs()))
						.toList()), this.clock.instant());
			platesRestored = true;
		}
		else if (document.plates() != null) {
			notes.add("Your plates were kept: you have set your own since.");
		}
		return new Extras(created, restored.newIds(), restored.routines(), sorenessReports, platesRestored);
	}

	/** A routine's exercise by the id the export gave it: through the export's name for it. */
	private static UUID exerciseByFileId(ExportDocument document, ExerciseResolution resolution, Map<String, UUID> created,
			UUID fileId) {
		String name = HistoryReader.nonNull(document.routines())
			.stream()
			.flatMap((routine) -> routine.days().stream())
			.flatMap((day) -> day.exercises().stream())
			.filter((p) -> p.exerciseId().equals(fileId) && p.exerciseName() != null)
			.map(RoutineArchive.PrescriptionSnapshot::exerciseName)
			.findFirst()
			.orElseGet(() -> HistoryReader.nonNull(document.customExercises())
				.stream()
				.filter((custom) -> custom.id().equals(fileId))
				.map(ExportDocument.CustomExercise::name)
				.findFirst()
				.orElse(null));
		return (name != null) ? resolution.exerciseOf(name, created) : null;
	}

	private static Workout workout(UUID owner, PlannedWorkout planned, ExerciseResolution resolution, Extras extras) {
		List<Entry> entries = new ArrayList<>();
		for (PlannedEntry entry : planned.entries()) {
			UUID exerciseId = resolution.exerciseOf(entry, extras.created());
			if (exerciseId == null) {
				throw new IllegalStateException("No exercise for " + entry.exerciseName());
			}
			entries.add(new Entry(UUID.randomUUID(), exerciseId, entry.supersetGroup(), entry.notes(), entry.sets()
				.stream()
				.map((set) -> new LoggedSet(UUID.randomUUID(), set.type(), set.reps(), set.weightKg(), set.rpe(), set.rir(),
						set.durationSeconds(), set.distanceMetres(), set.restSeconds(), set.completed()))
				.toList()));
		}
		UUID routineId = (planned.routineId() != null) ? extras.routineIds().get(planned.routineId()) : null;
		UUID dayId = (routineId != null && planned.routineDayId() != null) ? extras.routineIds().get(planned.routineDayId())
				: null;
		return new Workout(UUID.randomUUID(), owner, planned.name(), planned.notes(), planned.startedAt(), planned.endedAt(),
				planned.status(), routineId, dayId, entries);
	}

	/** How each name's sets were measured, for the private exercises created for it. */
	private static Map<String, String> tracking(ImportPlan plan) {
		Map<String, List<LoggedSet>> sets = new HashMap<>();
		for (PlannedWorkout workout : plan.workouts()) {
			for (PlannedEntry entry : workout.entries()) {
				sets.computeIfAbsent(ExerciseMatcher.key(entry.exerciseName()), (key) -> new ArrayList<>()).addAll(entry.sets());
			}
		}
		Map<String, String> tracking = new HashMap<>();
		sets.forEach((key, logged) -> tracking.put(key, tracking(logged)));
		return tracking;
	}

	static String tracking(List<LoggedSet> sets) {
		if (sets.stream().anyMatch((set) -> set.distanceMetres() != null && set.distanceMetres() > 0)) {
			return "DISTANCE_DURATION";
		}
		if (sets.stream().anyMatch((set) -> set.weightKg() != null && set.weightKg() > 0 && set.reps() != null)) {
			return "WEIGHT_REPS";
		}
		if (sets.stream().anyMatch((set) -> set.reps() != null)) {
			return "REPS";
		}
		return "DURATION";
	}

	private String restoreProfile(ExportDocument document, ImportJob job, String token) {
		JsonNode profile = document.profile();
		if (profile == null || profile.isNull()) {
			return "kept: the export has none";
		}
		if (Boolean.FALSE.equals(job.confirmation().restoreProfile())) {
			return "kept, as asked";
		}
		Map<String, Object> update = new LinkedHashMap<>();
		for (String field : List.of("birthDate", "sex", "height", "unitSystem", "experience", "goal", "trainingDaysPerWeek",
				"sessionMinutes", "equipment", "avoidMuscleGroups", "injuries", "timeZone")) {
			JsonNode value = profile.get(field);
			if (value != null && !value.isNull()) {
				update.put(field, value);
			}
		}
		try {
			this.users.updateProfile(token, update);
			return "restored";
		}
		catch (ResponseStatusException ex) {
			return "not restored: " + ex.getReason();
		}
	}

	/** Logs the export's body weights this account does not have (same day, same weight); returns their ids. */
	private List<UUID> restoreBodyWeights(ExportDocument document, String token, List<String> notes) {
		List<ExportDocument.BodyWeight> wanted = HistoryReader.nonNull(document.bodyWeight());
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<UUID> added = new ArrayList<>();
		try {
			Set<String> present = new HashSet<>();
			this.users.bodyWeights(token).forEach((entry) -> present.add(bodyWeightKey(entry.measuredOn(), entry.weightKg())));
			for (ExportDocument.BodyWeight entry : wanted) {
				if (present.add(bodyWeightKey(entry.measuredOn(), entry.weightKg()))) {
					added.add(this.users.addBodyWeight(token, entry.measuredOn(), entry.weightKg(), entry.note()));
				}
			}
		}
		catch (ResponseStatusException ex) {
			notes.add("Body weights: " + added.size() + " of " + wanted.size() + " logged, then " + ex.getReason()
					+ " Import the file again for the rest.");
		}
		return added;
	}

	private static String bodyWeightKey(LocalDate day, double kilograms) {
		return day + "|" + Math.round(kilograms * 1000);
	}

	/** What the lifter reads of a failure: our own refusals say why; anything else says little. */
	private static String failure(RuntimeException ex) {
		if (ex instanceof ResponseStatusException status) {
			Object errors = status.getBody().getProperties() != null ? status.getBody().getProperties().get("errors") : null;
			return status.getReason() + ((errors != null) ? " " + errors : "");
		}
		if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
			return ex.getMessage();
		}
		return "The import stopped on an error on our side. Confirm again to go on; what was imported is kept.";
	}

}
