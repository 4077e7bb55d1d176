package io.repwise.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import io.repwise.infra.LocalRedis;

/**
 * The Redis that tests in this JVM share, started on first use: a Testcontainers container when
 * Docker is running (from {@link ContainerImages#REDIS}), else an embedded server. Tests may stop
 * and restart it, on the same address, to prove behaviour during a Redis outage.
 */
public final class TestRedis {

	private static Server server;

	private TestRedis() {
	}

	/** Whether the environment names a Redis, which then wins over anything started here. */
	public static boolean namedByEnvironment() {
		return isSet("SPRING_DATA_REDIS_HOST") || isSet("SPRING_DATA_REDIS_URL");
	}

	public static synchronized Server server() {
		if (server == null) {
			server = TestDocker.available() ? Container.start() : Embedded.start();
		}
		return server;
	}

	private static boolean isSet(String name) {
		String value = System.getenv(name);
		return value != null && !value.isBlank();
	}

	/** A running Redis that a test can take away and bring back. */
	public interface Server {

		String host();

		int port();

		/** Stops the server; its port is refused until {@link #restart()}. */
		void close() throws IOException;

		/** Starts the stopped server again on the same address. */
		void restart() throws IOException;

	}

	private record Embedded(LocalRedis redis) implements Server {

		static Embedded start() {
			try {
				LocalRedis redis = LocalRedis.start(0);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						redis.close();
					}
					catch (IOException ex) {
						// The JVM is going away.
					}
				}));
				return new Embedded(redis);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded Redis", ex);
			}
		}

		@Override
		public String host() {
			return "127.0.0.1";
		}

		@Override
		public int port() {
			return this.redis.port();
		}

		@Override
		public void close() throws IOException {
			this.redis.close();
		}

		@Override
		public void restart() throws IOException {
			this.redis.restart();
		}

	}

	/**
	 * Redis in a container published on a fixed host port, so that a stop and a start (the
	 * engine's, not Testcontainers', which would remove the container) keep its address.
	 */
	private record Container(GenericContainer<?> container, int port) implements Server {

		@SuppressWarnings("resource") // removed when the JVM exits, by Ryuk or by Testcontainers' shutdown hook
		static Container start() {
			TestDocker.client(); // its reaper first: a missing one is said at once
			String image = ContainerImages.REDIS.resolve(TestDocker::present);
			int port = freePort();
			System.out.println("Tests use Redis in a Testcontainers container from " + image);
			GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
				.withCommand("redis-server", "--save", "", "--appendonly", "no", "--maxmemory", "128mb",
						"--maxmemory-policy", "allkeys-lru")
				.withExposedPorts(6379)
				.withCreateContainerCmdModifier((create) -> create.getHostConfig()
					.withPortBindings(new PortBinding(Ports.Binding.bindPort(port), ExposedPort.tcp(6379))))
				.waitingFor(Wait.forLogMessage(".*Ready to accept connections.*", 1));
			try {
				container.start();
			}
			catch (RuntimeException ex) {
				throw TestDocker.couldNotStart("Redis", ContainerImages.REDIS, image, ex);
			}
			return new Container(container, port);
		}

		@Override
		public String host() {
			return this.container.getHost();
		}

		@Override
		public void close() {
			TestDocker.client().stopContainerCmd(this.container.getContainerId()).withTimeout(5).exec();
		}

		@Override
		public void restart() throws IOException {
			TestDocker.client().startContainerCmd(this.container.getContainerId()).exec();
			awaitAnswer(Duration.ofSeconds(30));
		}

		private void awaitAnswer(Duration wait) throws IOException {
			Instant deadline = Instant.now().plus(wait);
			while (true) {
				try (Socket socket = new Socket(host(), this.port)) {
					socket.setSoTimeout(1000);
					socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
					byte[] answer = new byte[7];
					if (socket.getInputStream().readNBytes(answer, 0, 7) == 7
							&& new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
						return;
					}
				}
				catch (IOException ex) {
					if (Instant.now().isAfter(deadline)) {
						throw new IOException("Redis did not answer within " + wait + " of its restart", ex);
					}
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("Interrupted while waiting for Redis", ex);
				}
			}
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
