package io.repwise.ai.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

import io.repwise.ai.coaching.CoachingClients.ExerciseDto;
import io.repwise.ai.coaching.CoachingClients.RoutineDto;
import io.repwise.ai.coaching.CoachingClients.TrainingLogDto;
import io.repwise.ai.training.ActiveRoutine;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.TrainingHistory;
import io.repwise.common.security.CurrentUser;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;

/**
 * What the coaching engine reads about a user, with Redis in front of workout-service:
 * <ul>
 * <li>the exercise library, reused for 10 minutes and kept a day as a fallback, so a plan can still
 * be made from the profile while workout-service is down;</li>
 * <li>the training log, kept with its version: each read asks workout-service only whether it
 * changed (a conditional GET), and years of history cross the network once.</li>
 * </ul>
 * Redis being down costs speed, never an answer: every read falls through to the services.
 */
@Service
public class CoachingData {

	private static final Logger log = LoggerFactory.getLogger(CoachingData.class);

	static final Duration LIBRARY_FRESH = Duration.ofMinutes(10);

	static final Duration KEPT = Duration.ofDays(1);

	private final CoachingClients clients;

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final Clock clock;

	private final MeterRegistry meters;

	CoachingData(CoachingClients clients, StringRedisTemplate redis, JsonMapper json, Clock clock,
			MeterRegistry meters) {
		this.clients = clients;
		this.redis = redis;
		this.json = json;
		this.clock = clock;
		this.meters = meters;
		// Registered up front so dashboards see every series (at zero) before the first request.
		for (String result : new String[] { "hit", "miss", "stale" }) {
			count("library", result, false);
		}
		for (String result : new String[] { "not-modified", "miss" }) {
			count("training-log", result, false);
		}
	}

	/**
	 * {@code repwise.coaching.cache.requests}: library reads served fresh from Redis (hit), fetched
	 * (miss) or served stale because workout-service was down; training-log reads answered 304
	 * (not-modified) or read in full (miss).
	 */
	private void count(String cache, String result, boolean increment) {
		var counter = this.meters.counter("repwise.coaching.cache.requests", "cache", cache, "result", result);
		if (increment) {
			counter.increment();
		}
	}

	public Profile profile(Jwt token) {
		return this.clients.profile(token.getTokenValue());
	}

	public Library library(Jwt token) {
		String key = "ai:library:" + CurrentUser.of(token);
		CachedLibrary cached = read(key, CachedLibrary.class);
		Instant now = this.clock.instant();
		if (cached != null && cached.fetchedAt().plus(LIBRARY_FRESH).isAfter(now)) {
			count("library", "hit", true);
			return new Library(exercises(cached.exercises()), cached.fetchedAt(), false);
		}
		try {
			List<ExerciseDto> exercises = this.clients.exercises(token.getTokenValue());
			write(key, new CachedLibrary(now, exercises));
			count("library", "miss", true);
			return new Library(exercises(exercises), now, false);
		}
		catch (DependencyUnavailableException ex) {
			if (cached != null) {
				log.warn("workout-service unavailable; using the library cached at {}", cached.fetchedAt());
				count("library", "stale", true);
				return new Library(exercises(cached.exercises()), cached.fetchedAt(), true);
			}
			throw ex;
		}
	}

	/** One exercise: from the library, or asked for (someone else's private one is a 404 there). */
	public Exercise exercise(Jwt token, Library library, UUID id) {
		Exercise found = library.byId().get(id);
		return (found != null) ? found : exercise(this.clients.exercise(token.getTokenValue(), id));
	}

	public TrainingHistory history(Jwt token) {
		String key = "ai:log:" + CurrentUser.of(token);
		CachedLog cached = read(key, CachedLog.class);
		ResponseEntity<TrainingLogDto> response = this.clients.trainingLog(token.getTokenValue(),
				(cached != null) ? cached.etag() : null);
		if (response.getStatusCode().value() == 304 && cached != null) {
			count("training-log", "not-modified", true);
			return new TrainingHistory(cached.log().workouts());
		}
		TrainingLogDto body = response.getBody();
		if (body == null) {
			throw new DependencyUnavailableException(CoachingClients.WORKOUT_SERVICE, "your training history",
					new IllegalStateException("empty training log response"));
		}
		count("training-log", "miss", true);
		String etag = response.getHeaders().getETag();
		if (etag != null) {
			write(key, new CachedLog(etag, body));
		}
		return new TrainingHistory(body.workouts());
	}

	/**
	 * The user's own bar and plates, or {@code null} when they have not said (or workout-service
	 * does not answer): callers fall back to a standard set.
	 */
	public PlateInventory plates(Jwt token) {
		try {
			CoachingClients.PlatesDto plates = this.clients.plates(token.getTokenValue());
			if (plates == null || !"MINE".equals(plates.source()) || plates.bar() == null || plates.plates() == null
					|| plates.plates().isEmpty()) {
				return null;
			}
			return new PlateInventory("lb".equals(plates.unit()) ? WeightUnit.LB : WeightUnit.KG, plates.bar(),
					plates.plates().stream().map((p) -> new PlateInventory.Plate(p.weight(), p.pairs())).toList());
		}
		catch (DependencyUnavailableException ex) {
			log.warn("workout-service unavailable; loads are rounded to a standard plate set");
			return null;
		}
	}

	/** The user's soreness reports of the last {@code hours}, newest first; empty when workout-service does not answer. */
	public List<SorenessReport> soreness(Jwt token, int hours) {
		try {
			return this.clients.soreness(token.getTokenValue(), hours);
		}
		catch (DependencyUnavailableException ex) {
			log.warn("workout-service unavailable; advice goes without soreness reports");
			return List.of();
		}
	}

	/** The routine marked active in workout-service, if any. */
	public Optional<ActiveRoutine> activeRoutine(Jwt token) {
		return this.clients.activeRoutine(token.getTokenValue()).map(CoachingData::routine);
	}

	/** Saves a routine of the user's in workout-service; returns its id. */
	public UUID createRoutine(Jwt token, Map<String, Object> routine) {
		return this.clients.createRoutine(token.getTokenValue(), routine).id();
	}

	private static ActiveRoutine routine(RoutineDto routine) {
		return new ActiveRoutine(routine.id(), routine.name(), routine.days()
			.stream()
			.map((day) -> new ActiveRoutine.Day(day.id(), day.name(), day.exercises()
				.stream()
				.map((p) -> new ActiveRoutine.Prescribed(p.exerciseId(), p.exerciseName(), p.sets(), p.repMin(), p.repMax(),
						p.targetRpe(), (p.next() != null) ? new ActiveRoutine.RoutineTargets(p.next().weight(), p.next().sets(),
								p.next().reps(), p.next().lastDecision()) : null))
				.toList()))
			.toList());
	}

	private static List<Exercise> exercises(List<ExerciseDto> dtos) {
		return dtos.stream().map(CoachingData::exercise).toList();
	}

	static Exercise exercise(ExerciseDto dto) {
		return new Exercise(dto.id(), dto.name(), dto.category(), dto.muscleGroup(), dto.difficulty(), dto.equipment(),
				dto.mechanic(), dto.force(), dto.tracking(), dto.primaryMuscles(), dto.secondaryMuscles(),
				dto.instructions() != null && !dto.instructions().isEmpty());
	}

	private <T> T read(String key, Class<T> type) {
		try {
			String value = this.redis.opsForValue().get(key);
			return (value != null) ? this.json.readValue(value, type) : null;
		}
		catch (DataAccessException ex) {
			log.warn("Redis unavailable, reading {} from its service: {}", key, ex.getMessage());
			return null;
		}
		catch (RuntimeException ex) {
			// An entry written by an older version that no longer reads: fetch afresh.
			log.warn("Ignoring unreadable cache entry {}: {}", key, ex.getMessage());
			return null;
		}
	}

	private void write(String key, Object value) {
		try {
			this.redis.opsForValue().set(key, this.json.writeValueAsString(value), KEPT);
		}
		catch (DataAccessException ex) {
			log.warn("Redis unavailable, not caching {}: {}", key, ex.getMessage());
		}
	}

	record CachedLibrary(Instant fetchedAt, List<ExerciseDto> exercises) {
	}

	record CachedLog(String etag, TrainingLogDto log) {
	}

}
