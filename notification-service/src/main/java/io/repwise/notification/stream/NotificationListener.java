package io.repwise.notification.stream;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.repwise.notification.feed.NotificationStore;

/**
 * Listens on PostgreSQL's {@code notification_created} channel and hands each new notification to
 * this replica's open streams. PostgreSQL sends a NOTIFY when the storing transaction commits, to
 * every listening replica, which is what lets several replicas serve streams. One connection is
 * held for it; when the database goes away the listener reconnects with backoff (streams are
 * then served what they missed on their clients' reconnect, by {@code Last-Event-ID}).
 */
@Component
class NotificationListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

	private static final int POLL_MILLIS = 1_000;

	private final DataSource dataSource;

	private final NotificationStream stream;

	private volatile boolean running;

	private Thread thread;

	NotificationListener(DataSource dataSource, NotificationStream stream) {
		this.dataSource = dataSource;
		this.stream = stream;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "notification-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Duration backoff = Duration.ofSeconds(1);
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + NotificationStore.CREATED_CHANNEL);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				backoff = Duration.ofSeconds(1);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							dispatch(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Notification listener lost its database connection, retrying in {} s: {}",
						backoff.toSeconds(), ex.getMessage());
				sleep(backoff);
				backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
						: backoff.multipliedBy(2);
			}
		}
	}

	private void dispatch(String payload) {
		try {
			String[] parts = payload.split(":", 2);
			this.stream.deliver(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
		}
		catch (RuntimeException ex) {
			log.warn("Could not deliver notification {} to its streams: {}", payload, ex.getMessage());
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
