package io.repwise.common.outbox;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the outbox relay delivers events.
 *
 * @param targetUrl the consumer, notification-service's {@code /internal/events}; no relay without it
 * @param tokenUrl user-service's OAuth2 token endpoint, for the service token
 * @param clientId this service's client id
 * @param clientSecret this service's client secret
 * @param pollInterval how often the relay looks for undelivered events
 * @param batchSize how many events one poll delivers at most
 * @param maxBackoff the longest wait between two attempts at one event
 * @param keepDelivered how long delivered events stay in the table (for tracing a delivery)
 */
@ConfigurationProperties("repwise.outbox")
public record OutboxProperties(URI targetUrl, URI tokenUrl, String clientId, String clientSecret, Duration pollInterval,
		Integer batchSize, Duration maxBackoff, Duration keepDelivered) {

	public OutboxProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		batchSize = (batchSize != null) ? batchSize : 50;
		maxBackoff = (maxBackoff != null) ? maxBackoff : Duration.ofMinutes(5);
		keepDelivered = (keepDelivered != null) ? keepDelivered : Duration.ofDays(1);
	}

}
