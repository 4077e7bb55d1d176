package io.repwise.workout.account;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The lifter's profile and body weights, which user-service keeps, read and written with the
 * lifter's own token relayed (so user-service checks whose they are): what an export includes
 * and what an import of one brings back. user-service not answering is a 503 problem naming it.
 */
@Component
public class UserServiceClient {

	static final String USER_SERVICE = "user-service";

	/** user-service's largest page. */
	private static final int PAGE = 100;

	private final RestClient users;

	UserServiceClient(RestClient.Builder builder, @Value("${repwise.user-service-url}") URI userService) {
		this.users = builder.clone().baseUrl(userService.toString()).build();
	}

	/** @param weightKg as stored */
	public record BodyWeight(UUID id, LocalDate measuredOn, Map<String, Object> weight, double weightKg, String note) {
	}

	private record BodyWeightPage(List<BodyWeight> items, int totalPages) {
	}

	/** The profile as user-service shows it. */
	public JsonNode profile(String token) {
		return call("your profile", () -> this.users.get()
			.uri("/api/v1/profiles/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.body(JsonNode.class));
	}

	/** Every body-weight entry, newest first. */
	public List<BodyWeight> bodyWeights(String token) {
		List<BodyWeight> all = new ArrayList<>();
		int page = 0;
		BodyWeightPage answer;
		do {
			int current = page++;
			answer = call("your body weights", () -> this.users.get()
				.uri("/api/v1/profiles/me/body-weight?page={page}&size={size}", current, PAGE)
				.headers((headers) -> headers.setBearerAuth(token))
				.retrieve()
				.body(BodyWeightPage.class));
			all.addAll(answer.items());
		}
		while (page < answer.totalPages());
		return all;
	}

	/** Replaces the profile with {@code update}, in the body {@code PUT /api/v1/profiles/me} takes. */
	public void updateProfile(String token, Map<String, Object> update) {
		call("your profile", () -> this.users.put()
			.uri("/api/v1/profiles/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.body(update)
			.retrieve()
			.toBodilessEntity());
	}

	/** Logs a body weight in kilograms as stored; returns the new entry's id. */
	public UUID addBodyWeight(String token, LocalDate measuredOn, double weightKg, String note) {
		BodyWeight created = call("your body weights", () -> this.users.post()
			.uri("/api/v1/profiles/me/body-weight")
			.headers((headers) -> headers.setBearerAuth(token))
			.body(Map.of("measuredOn", measuredOn, "weight", Map.of("value", weightKg, "unit", "kg"), "note",
					(note != null) ? note : ""))
			.retrieve()
			.body(BodyWeight.class));
		return created.id();
	}

	/** Deletes one entry; one that is gone already is no error. */
	public void deleteBodyWeight(String token, UUID id) {
		try {
			call("your body weights", () -> this.users.delete()
				.uri("/api/v1/profiles/me/body-weight/{id}", id)
				.headers((headers) -> headers.setBearerAuth(token))
				.retrieve()
				.toBodilessEntity());
		}
		catch (ResponseStatusException ex) {
			if (ex.getStatusCode().value() != 404) {
				throw ex;
			}
		}
	}

	private static <T> T call(String needed, Supplier<T> request) {
		try {
			return request.get();
		}
		catch (HttpClientErrorException ex) {
			HttpStatusCode status = ex.getStatusCode();
			throw new ResponseStatusException(status, USER_SERVICE + " refused " + needed + " (" + status.value() + ").");
		}
		catch (RestClientException ex) {
			ResponseStatusException unavailable = new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					USER_SERVICE + " is unavailable, and " + needed + " comes from it. Try again shortly.", ex);
			unavailable.getBody().setTitle("Dependency unavailable");
			unavailable.getBody().setProperty("dependency", USER_SERVICE);
			throw unavailable;
		}
	}

}
