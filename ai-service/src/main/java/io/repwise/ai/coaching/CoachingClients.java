package io.repwise.ai.coaching;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.ai.system.DownstreamServices;
import io.repwise.ai.training.Session;

/**
 * HTTP calls to user-service and workout-service with the end user's token relayed, so each
 * service checks ownership itself. Failures to reach a service become a 503 naming it; a 4xx
 * from it (an unknown exercise, say) is passed on as the same status.
 */
@Component
class CoachingClients {

	static final String USER_SERVICE = "user-service";

	static final String WORKOUT_SERVICE = "workout-service";

	/** The problem type of workout-service's answer that no routine is active. */
	static final String NO_ACTIVE_ROUTINE = "urn:repwise:problem:no-active-routine";

	private final RestClient users;

	private final RestClient workouts;

	CoachingClients(RestClient.Builder builder, DownstreamServices services) {
		this.users = builder.clone().baseUrl(services.userService().toString()).build();
		this.workouts = builder.clone().baseUrl(services.workoutService().toString()).build();
	}

	Profile profile(String token) {
		return call(USER_SERVICE, "your training profile",
				() -> this.users.get().uri("/api/v1/profiles/me").headers(bearer(token)).retrieve().body(Profile.class));
	}

	List<ExerciseDto> exercises(String token) {
		return call(WORKOUT_SERVICE, "the exercise library", () -> List.of(this.workouts.get()
			.uri("/internal/coaching/exercises")
			.headers(bearer(token))
			.retrieve()
			.body(ExerciseDto[].class)));
	}

	ExerciseDto exercise(String token, UUID id) {
		return call(WORKOUT_SERVICE, "the exercise",
				() -> this.workouts.get().uri("/api/v1/exercises/{id}", id).headers(bearer(token)).retrieve().body(ExerciseDto.class));
	}

	/** The log, or {@code null} body with 304 when {@code etag} still matches. */
	ResponseEntity<TrainingLogDto> trainingLog(String token, String etag) {
		return call(WORKOUT_SERVICE, "your training history", () -> this.workouts.get()
			.uri("/internal/coaching/training-log")
			.headers(bearer(token))
			.headers((headers) -> {
				if (etag != null) {
					headers.setIfNoneMatch(etag);
				}
			})
			.retrieve()
			.toEntity(TrainingLogDto.class));
	}

	/**
	 * The user's active routine, if they have one. workout-service answers a 404 of the problem
	 * type {@value #NO_ACTIVE_ROUTINE} when not; any other 404 (a path it lacks) stays an error.
	 */
	Optional<RoutineDto> activeRoutine(String token) {
		try {
			return Optional.of(call(WORKOUT_SERVICE, "your active routine", () -> this.workouts.get()
				.uri("/api/v1/routines/active?units=metric")
				.headers(bearer(token))
				.retrieve()
				.onStatus((status) -> status.value() == 404, (request, response) -> {
					byte[] body = response.getBody().readAllBytes();
					if (new String(body, StandardCharsets.UTF_8).contains("\"" + NO_ACTIVE_ROUTINE + "\"")) {
						throw new NoActiveRoutine();
					}
					throw HttpClientErrorException.create(response.getStatusCode(), response.getStatusText(),
							response.getHeaders(), body, StandardCharsets.UTF_8);
				})
				.body(RoutineDto.class)));
		}
		catch (NoActiveRoutine ex) {
			return Optional.empty();
		}
	}

	/** The user's bar and plates as workout-service keeps them (a standard set when they have not said). */
	PlatesDto plates(String token) {
		return call(WORKOUT_SERVICE, "your plates", () -> this.workouts.get()
			.uri("/api/v1/equipment/plates")
			.headers(bearer(token))
			.retrieve()
			.body(PlatesDto.class));
	}

	/** @param source {@code MINE} or {@code STANDARD} */
	record PlatesDto(String unit, Double bar, List<PlateDto> plates, String source) {
	}

	record PlateDto(Double weight, Integer pairs) {
	}

	/** The user's soreness reports of the last {@code hours}, newest first. */
	List<SorenessReport> soreness(String token, int hours) {
		SorenessReport[] reports = call(WORKOUT_SERVICE, "your soreness reports", () -> this.workouts.get()
			.uri("/api/v1/readiness?hours={hours}", hours)
			.headers(bearer(token))
			.retrieve()
			.body(SorenessReport[].class));
		return (reports != null) ? List.of(reports) : List.of();
	}

	/** Creates a routine; returns its id and location. */
	RoutineDto createRoutine(String token, Map<String, Object> routine) {
		return call(WORKOUT_SERVICE, "saving the routine", () -> this.workouts.post()
			.uri("/api/v1/routines?units=metric")
			.headers(bearer(token))
			.body(routine)
			.retrieve()
			.body(RoutineDto.class));
	}

	private static java.util.function.Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	private static <T> T call(String service, String needed, java.util.function.Supplier<T> request) {
		try {
			return request.get();
		}
		catch (HttpClientErrorException ex) {
			HttpStatusCode status = ex.getStatusCode();
			if (status.value() == 401 || status.value() == 403 || status.value() == 404 || status.value() == 400) {
				throw new ResponseStatusException(status, service + " refused " + needed + " (" + status.value() + ")");
			}
			throw new DependencyUnavailableException(service, needed, ex);
		}
		catch (RestClientException ex) {
			throw new DependencyUnavailableException(service, needed, ex);
		}
	}

	/** workout-service's exercise view, as far as coaching reads it. */
	record ExerciseDto(UUID id, String name, String category, String muscleGroup, String difficulty, String equipment,
			String mechanic, String force, String tracking, List<String> primaryMuscles, List<String> secondaryMuscles,
			List<String> instructions) {
	}

	record TrainingLogDto(java.time.Instant from, List<Session> workouts) {
	}

	record RoutineDto(UUID id, String name, List<DayDto> days) {
	}

	record DayDto(UUID id, String name, List<PrescriptionDto> exercises) {
	}

	record PrescriptionDto(UUID exerciseId, String exerciseName, int sets, int repMin, int repMax, Double targetRpe,
			NextDto next) {
	}

	/** The routine's stored targets for the next session, in kilograms (asked for with {@code units=metric}). */
	record NextDto(Double weight, int sets, int reps, String lastDecision) {
	}

	/** workout-service's answer that no routine is active: not an error for coaching. */
	private static final class NoActiveRoutine extends RuntimeException {

		NoActiveRoutine() {
			super(null, null, false, false);
		}

	}

}
