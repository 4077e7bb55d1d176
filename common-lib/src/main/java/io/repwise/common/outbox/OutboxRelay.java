package io.repwise.common.outbox;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.repwise.common.event.EventEnvelope;
import io.repwise.common.problem.DatabaseOutage;

/**
 * Delivers outbox events to the consumer over HTTP, at least once: an event is marked delivered
 * only after the consumer accepted it; a failure schedules another attempt with exponential
 * backoff, so a consumer that is down delays events but never loses them. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas relay without delivering one event twice
 * at the same time.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final RestClient client;

	private final ServiceTokenSource tokens;

	private final OutboxProperties properties;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final Counter delivered;

	private final Counter failed;

	public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, RestClient.Builder builder,
			ServiceTokenSource tokens, OutboxProperties properties, JsonMapper jsonMapper, Clock clock,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.client = builder.clone().build();
		this.tokens = tokens;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
		this.delivered = Counter.builder("repwise.outbox.delivered").description("Events delivered").register(meters);
		this.failed = Counter.builder("repwise.outbox.failed").description("Failed delivery attempts").register(meters);
		Gauge.builder("repwise.outbox.backlog", this, OutboxRelay::backlog)
			.description("Events waiting for delivery")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${repwise.outbox.poll-interval:1s}")
	public void relay() {
		try {
			Integer sent;
			do {
				sent = this.transactions.execute((status) -> relayBatch());
			}
			while (sent != null && sent == this.properties.batchSize());
			this.jdbc.update("DELETE FROM outbox_event WHERE delivered_at < ?",
					Timestamp.from(this.clock.instant().minus(this.properties.keepDelivered())));
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.causes(ex)) {
				throw ex;
			}
			// The events wait in the database that is away; the next poll tries again. One line, not
			// a stack trace a second for as long as a restart takes.
			log.warn("Outbox relay waiting for the database: {}", ex.getMessage());
		}
	}

	/** Delivers one batch of due events; returns how many were due. */
	private int relayBatch() {
		Instant now = this.clock.instant();
		List<Pending> due = this.jdbc.query("""
				SELECT id, target, type, subject, occurred_at, version, payload::text AS payload, attempts
				FROM outbox_event
				WHERE delivered_at IS NULL AND next_attempt_at <= ?
				ORDER BY occurred_at
				LIMIT ?
				FOR UPDATE SKIP LOCKED""",
				(row, i) -> new Pending(new EventEnvelope(row.getObject("id", UUID.class), row.getString("type"),
						row.getTimestamp("occurred_at").toInstant(), row.getObject("subject", UUID.class),
						this.jsonMapper.readValue(row.getString("payload"), new TypeReference<Map<String, Object>>() {
						}), row.getInt("version")), row.getString("target"), row.getInt("attempts")),
				Timestamp.from(now), this.properties.batchSize());
		for (Pending pending : due) {
			deliver(pending, now);
		}
		return due.size();
	}

	private void deliver(Pending pending, Instant now) {
		try {
			this.client.post()
				.uri(url(pending.target()))
				.headers((headers) -> headers.setBearerAuth(this.tokens.token()))
				.body(pending.event())
				.retrieve()
				.toBodilessEntity();
			this.jdbc.update("""
					UPDATE outbox_event SET delivered_at = ?, attempts = attempts + 1, last_error = NULL
					WHERE id = ? AND target = ?""", Timestamp.from(now), pending.event().id(), pending.target());
			this.delivered.increment();
		}
		catch (RestClientException ex) {
			int attempts = pending.attempts() + 1;
			Duration backoff = backoff(attempts, this.properties.maxBackoff());
			this.jdbc.update("UPDATE outbox_event SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND target = ?",
					attempts, Timestamp.from(now.plus(backoff)), truncate(ex.getMessage()), pending.event().id(),
					pending.target());
			this.failed.increment();
			log.warn("Could not deliver {} {} to {} (attempt {}), retrying in {}: {}", pending.event().type(),
					pending.event().id(), pending.target().isEmpty() ? this.properties.targetUrl() : pending.target(), attempts,
					backoff, ex.getMessage());
		}
	}

	/**
	 * Where a row goes: the default consumer, or a further one by name. A name no longer
	 * configured fails like an unreachable consumer, so its rows wait instead of vanishing.
	 */
	private URI url(String target) {
		if (OutboxProperties.DEFAULT_TARGET.equals(target)) {
			return this.properties.targetUrl();
		}
		OutboxProperties.Target more = this.properties.moreTargets().get(target);
		if (more == null) {
			throw new RestClientException("No consumer named " + target + " is configured (repwise.outbox.more-targets)");
		}
		return more.url();
	}

	/** 1 s, 2 s, 4 s, … up to the maximum. */
	static Duration backoff(int attempts, Duration max) {
		Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20));
		return (backoff.compareTo(max) > 0) ? max : backoff;
	}

	private double backlog() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL", Long.class);
		return (count != null) ? count : 0;
	}

	private static String truncate(String message) {
		if (message == null) {
			return null;
		}
		return (message.length() > 500) ? message.substring(0, 500) : message;
	}

	private record Pending(EventEnvelope event, String target, int attempts) {
	}

}
