package io.repwise.common.health;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code repwise.feature-health.path} (such as {@code /api/v1/workouts/health}) from the
 * actuator's readiness group (or the group named by {@code repwise.feature-health.group}), so the
 * public answer and the Kubernetes readiness probe never disagree. 200 when the service can serve requests, 503 otherwise.
 */
@Tag(name = "Health", description = "Whether the service can serve requests, and its dependencies.")
@RestController
public class FeatureHealthController {

	private final HealthEndpoint healthEndpoint;

	private final String serviceName;

	private final String group;

	private final Clock clock;

	/**
	 * @param group the health group to report, {@code readiness} unless a service also wants to
	 * show dependencies that must not take it out of rotation (ai-service's downstream services)
	 */
	public FeatureHealthController(HealthEndpoint healthEndpoint, String serviceName, String group, Clock clock) {
		this.healthEndpoint = healthEndpoint;
		this.clock = clock;
		this.serviceName = serviceName;
		this.group = group;
	}

	@GetMapping("${repwise.feature-health.path}")
	@Operation(operationId = "health", summary = "Service health",
			description = "200 when ready, 503 naming the dependency that is down.")
	@ApiResponse(responseCode = "200", description = "Ready: every dependency it needs is UP.")
	@ApiResponse(responseCode = "503", description = "Not ready: the body names the dependency that is DOWN.",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeatureHealth.class)))
	public ResponseEntity<FeatureHealth> health() {
		HealthDescriptor readiness = this.healthEndpoint.healthForPath(this.group);
		if (readiness == null) {
			readiness = this.healthEndpoint.health();
		}
		Map<String, String> dependencies = new TreeMap<>();
		if (readiness instanceof CompositeHealthDescriptor composite) {
			composite.getComponents()
				.forEach((name, component) -> dependencies.put(name, component.getStatus().getCode()));
		}
		Status status = readiness.getStatus();
		FeatureHealth body = new FeatureHealth(this.serviceName, status.getCode(), dependencies, this.clock.instant());
		HttpStatus httpStatus = Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
		return ResponseEntity.status(httpStatus).body(body);
	}

}
