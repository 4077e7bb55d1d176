package io.repwise.infra;

import java.io.IOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/** A real Redis server from the binaries that the embedded-redis jar ships; keeps nothing on disk. */
public final class LocalRedis implements AutoCloseable {

	private final RedisServer server;

	private final int port;

	private LocalRedis(RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	/** Starts a server on the port, or on any free port when it is 0. */
	public static LocalRedis start(int port) throws IOException {
		int effectivePort = (port > 0) ? port : freePort();
		RedisServer server = RedisServer.newRedisServer()
			.port(effectivePort)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.setting("maxmemory 128mb")
			.setting("maxmemory-policy allkeys-lru")
			.build();
		server.start();
		return new LocalRedis(server, effectivePort);
	}

	public int port() {
		return this.port;
	}

	/** Stops the server; the port is refused until {@link #restart()}. */
	@Override
	public void close() throws IOException {
		this.server.stop();
	}

	/** Starts the stopped server again on the same port (for tests of Redis outages). */
	public void restart() throws IOException {
		this.server.start();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
