package io.repwise.common.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the outbox relay delivers events.
 *
 * @param targetUrl the consumer of every event, notification-service's {@code /internal/events}; no
 * relay without it
 * @param moreTargets further consumers by name, each of the event types it takes (user-service's
 * {@code UserDeleted} to workout-service): each gets its own copy of the event, delivered and
 * retried on its own, so one consumer being down never holds up another
 * @param tokenUrl user-service's OAuth2 token endpoint, for the service token
 * @param clientId this service's client id
 * @param clientSecret this service's client secret
 * @param pollInterval how often the relay looks for undelivered events
 * @param batchSize how many events one poll delivers at most
 * @param maxBackoff the longest wait between two attempts at one event
 * @param keepDelivered how long delivered events stay in the table (for tracing a delivery)
 */
@ConfigurationProperties("repwise.outbox")
public record OutboxProperties(URI targetUrl, Map<String, Target> moreTargets, URI tokenUrl, String clientId,
		String clientSecret, Duration pollInterval, Integer batchSize, Duration maxBackoff, Duration keepDelivered) {

	/** The name of {@link #targetUrl}'s copy of each event (outbox_event.target). */
	public static final String DEFAULT_TARGET = "";

	/**
	 * @param url its {@code /internal/events}
	 * @param types the event types it takes, such as {@code UserDeleted}
	 */
	public record Target(URI url, Set<String> types) {

		public Target {
			types = (types != null) ? Set.copyOf(types) : Set.of();
		}

	}

	public OutboxProperties {
		moreTargets = (moreTargets != null) ? Map.copyOf(moreTargets) : Map.of();
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		batchSize = (batchSize != null) ? batchSize : 50;
		maxBackoff = (maxBackoff != null) ? maxBackoff : Duration.ofMinutes(5);
		keepDelivered = (keepDelivered != null) ? keepDelivered : Duration.ofDays(1);
	}

}
