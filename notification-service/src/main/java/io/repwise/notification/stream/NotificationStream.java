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

	private final Map<UUID, Set<Subscription>> streams = new ConcurrentHashMap<>();

	/**
	 * One open stream. While it replays, live deliveries wait on its lock, so the client sees the
	 * missed notifications first and in order; a live one the replay already sent is skipped.
	 */
	private static final class Subscription {

		final SseEmitter emitter;

		final Set<UUID> replayed = ConcurrentHashMap.newKeySet();

		Subscription(SseEmitter emitter) {
			this.emitter = emitter;
		}

	}

	private final NotificationStore store;

	NotificationStream(NotificationStore store, MeterRegistry meters) {
		this.store = store;
		meters.gaugeMapSize("repwise.notifications.streams", List.of(), this.streams);
	}

	/** Opens a stream for the user, first replaying what came after {@code lastEventId}. */
	SseEmitter open(UUID user, UUID lastEventId) {
		Subscription subscription = new Subscription(new SseEmitter(STREAM_LIFETIME.toMillis()));
		Runnable remove = () -> close(user, subscription);
		subscription.emitter.onCompletion(remove);
		subscription.emitter.onTimeout(remove);
		subscription.emitter.onError((ex) -> remove.run());
		synchronized (subscription) {
			// Registered before the replay query, so nothing stored in between is missed.
			this.streams.computeIfAbsent(user, (key) -> new CopyOnWriteArraySet<>()).add(subscription);
			try {
				// A first comment makes proxies and clients see the stream is open at once.
				subscription.emitter.send(SseEmitter.event().comment("connected"));
				if (lastEventId != null) {
					for (Notification missed : this.store.after(user, lastEventId, REPLAY_LIMIT)) {
						subscription.emitter.send(event(missed));
						subscription.replayed.add(missed.id());
					}
				}
			}
			catch (IOException ex) {
				close(user, subscription);
			}
		}
		return subscription.emitter;
	}

	/** Sends a stored notification to the user's open streams on this replica. */
	void deliver(UUID user, UUID notificationId) {
		Set<Subscription> userStreams = this.streams.get(user);
		if (userStreams == null || userStreams.isEmpty()) {
			return;
		}
		this.store.find(user, notificationId).ifPresent((notification) -> {
			for (Subscription subscription : userStreams) {
				synchronized (subscription) {
					if (subscription.replayed.remove(notificationId)) {
						continue;
					}
					try {
						subscription.emitter.send(event(notification));
					}
					catch (IOException | IllegalStateException ex) {
						close(user, subscription);
					}
				}
			}
		});
	}

	/** A comment every 15 s keeps proxies and load balancers from closing idle streams. */
	@Scheduled(fixedRate = 15_000)
	void heartbeat() {
		this.streams.forEach((user, userStreams) -> userStreams.forEach((subscription) -> {
			synchronized (subscription) {
				try {
					subscription.emitter.send(SseEmitter.event().comment("heartbeat"));
				}
				catch (IOException | IllegalStateException ex) {
					close(user, subscription);
				}
			}
		}));
	}

	private void close(UUID user, Subscription subscription) {
		this.streams.computeIfPresent(user, (key, userStreams) -> {
			userStreams.remove(subscription);
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
