package io.repwise.notification.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.repwise.notification.feed.NotificationStore;
import io.repwise.notification.feed.NotificationStore.Notification;

/**
 * Open Server-Sent Event streams on this replica, by user. New notifications reach it from
 * {@link NotificationListener} (PostgreSQL LISTEN), never straight from the code that stored
 * them, so every replica delivers to its own clients whichever replica took the event in.
 */
@Component
public class NotificationStream {

	/** A stream ends after this long; the client reconnects with {@code Last-Event-ID} and misses nothing. */
	static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	/** At most this many missed notifications are replayed on reconnect. */
	static final int REPLAY_LIMIT = 100;

	private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final NotificationStore store;

	NotificationStream(NotificationStore store, MeterRegistry meters) {
		this.store = store;
		meters.gaugeMapSize("repwise.notifications.streams", List.of(), this.streams);
	}

	/** Opens a stream for the user, first replaying what came after {@code lastEventId}. */
	SseEmitter open(UUID user, UUID lastEventId) {
		SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		Set<SseEmitter> userStreams = this.streams.computeIfAbsent(user, (key) -> new CopyOnWriteArraySet<>());
		userStreams.add(emitter);
		Runnable remove = () -> close(user, emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		try {
			// A first comment makes proxies and clients see the stream is open at once.
			emitter.send(SseEmitter.event().comment("connected"));
			if (lastEventId != null) {
				for (Notification missed : this.store.after(user, lastEventId, REPLAY_LIMIT)) {
					emitter.send(event(missed));
				}
			}
		}
		catch (IOException ex) {
			close(user, emitter);
		}
		return emitter;
	}

	/** Sends a stored notification to the user's open streams on this replica. */
	void deliver(UUID user, UUID notificationId) {
		Set<SseEmitter> userStreams = this.streams.get(user);
		if (userStreams == null || userStreams.isEmpty()) {
			return;
		}
		this.store.find(user, notificationId).ifPresent((notification) -> {
			for (SseEmitter emitter : userStreams) {
				try {
					emitter.send(event(notification));
				}
				catch (IOException | IllegalStateException ex) {
					close(user, emitter);
				}
			}
		});
	}

	/** A comment every 15 s keeps proxies and load balancers from closing idle streams. */
	@Scheduled(fixedRate = 15_000)
	void heartbeat() {
		this.streams.forEach((user, userStreams) -> userStreams.forEach((emitter) -> {
			try {
				emitter.send(SseEmitter.event().comment("heartbeat"));
			}
			catch (IOException | IllegalStateException ex) {
				close(user, emitter);
			}
		}));
	}

	private void close(UUID user, SseEmitter emitter) {
		this.streams.computeIfPresent(user, (key, userStreams) -> {
			userStreams.remove(emitter);
			return userStreams.isEmpty() ? null : userStreams;
		});
	}

	private static SseEmitter.SseEventBuilder event(Notification notification) {
		return SseEmitter.event()
			.id(notification.id().toString())
			.name("notification")
			.data(notification, MediaType.APPLICATION_JSON);
	}

}
