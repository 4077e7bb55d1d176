import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant-rate HTTP/1.1 load generator (run with `java bench/FixedRateLoad.java`). Requests go
 * out on a fixed schedule whatever the server does, and latency is measured from when each
 * request was due, not from when it was sent, so a stalled server cannot hide its queueing delay
 * ("coordinated omission"). A request that finds no idle keep-alive connection opens a new one
 * (up to 512), else waits its turn, and that wait counts too. URLs (one host) and bearer tokens
 * are used round-robin. The warm-up runs at a quarter of the rate, as traffic reaching a freshly
 * started service would ramp up.
 * <p>
 * It runs on one thread over non-blocking sockets because it shares the machine with what it
 * measures: Java's HttpClient hands every request between threads, which cost 1.35 ms of CPU per
 * request on the bench machine and added milliseconds to every measured latency
 * (docs/PERFORMANCE.md).
 *
 *   java bench/FixedRateLoad.java RATE SECONDS URL_FILE TOKEN_FILE [WARMUP_SECONDS]
 */
public class FixedRateLoad {

	static final int MAX_CONNECTIONS = 512;

	static final long TIMEOUT_NANOS = 10_000_000_000L;

	/** How often unanswered requests are looked for: a tenth of a second is plenty against ten. */
	static final long EXPIRY_CHECK_NANOS = 100_000_000L;

	static final byte[] CRLF = { '\r', '\n' };

	static final byte[] END_OF_HEADERS = { '\r', '\n', '\r', '\n' };

	public static void main(String[] args) throws Exception {
		int rate = Integer.parseInt(args[0]);
		int seconds = Integer.parseInt(args[1]);
		List<URI> urls = Files.readAllLines(Path.of(args[2])).stream().filter((line) -> !line.isBlank()).map(URI::create).toList();
		List<String> tokens = Files.readAllLines(Path.of(args[3])).stream().filter((line) -> !line.isBlank()).toList();
		int warmup = (args.length > 4) ? Integer.parseInt(args[4]) : 10;
		Load load = new Load(urls, tokens);
		if (warmup > 0) {
			load.run(Math.max(1, rate / 4), warmup);
		}
		Result result = load.run(rate, seconds);
		long[] latencies = Arrays.copyOf(result.latencies, result.completed);
		Arrays.sort(latencies);
		System.out.printf("requests %d in %d s at %d/s scheduled; statuses %s; errors %d%n", latencies.length, seconds, rate,
				result.statuses, result.errors);
		if (latencies.length > 0) {
			System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", percentile(latencies, 50),
					percentile(latencies, 90), percentile(latencies, 99), percentile(latencies, 99.9),
					latencies[latencies.length - 1] / 1e6);
		}
	}

	static double percentile(long[] sorted, double percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	static final class Result {

		final long[] latencies;

		int completed;

		int errors;

		final Map<Integer, Integer> statuses = new TreeMap<>();

		Result(int total) {
			this.latencies = new long[total];
		}

	}

	/** The schedule, the connections and the selector; everything happens on the calling thread. */
	static final class Load {

		private final List<URI> urls;

		private final List<String> tokens;

		private final InetSocketAddress address;

		private final String hostHeader;

		private final Selector selector;

		private final ArrayDeque<Connection> idle = new ArrayDeque<>();

		private int open;

		/** Requests sent so far; the measured run continues the URL list where the warm-up stopped. */
		private long sent;

		Load(List<URI> urls, List<String> tokens) throws IOException {
			this.urls = urls;
			this.tokens = tokens;
			URI first = urls.get(0);
			for (URI url : urls) {
				if (!url.getHost().equals(first.getHost()) || url.getPort() != first.getPort()) {
					throw new IllegalArgumentException("All URLs must name the same host and port: " + url);
				}
			}
			int port = (first.getPort() > 0) ? first.getPort() : 80;
			this.address = new InetSocketAddress(first.getHost(), port);
			this.hostHeader = first.getHost() + ":" + port;
			this.selector = Selector.open();
		}

		Result run(int rate, int seconds) throws IOException {
			int total = rate * seconds;
			long period = 1_000_000_000L / rate;
			Result result = new Result(total);
			ArrayDeque<Request> waiting = new ArrayDeque<>();
			long start = System.nanoTime() + 50_000_000L;
			int scheduled = 0;
			int finished = 0;
			long nextExpiryCheck = start;
			while (finished < total) {
				long now = System.nanoTime();
				while (scheduled < total && start + scheduled * period <= now) {
					waiting.add(new Request(start + scheduled * period, nextRequest()));
					scheduled++;
				}
				while (!waiting.isEmpty()) {
					Connection connection = connection();
					if (connection == null) {
						break;
					}
					connection.send(waiting.poll());
				}
				if (now >= nextExpiryCheck) {
					finished += expire(now, result);
					nextExpiryCheck = now + EXPIRY_CHECK_NANOS;
				}
				long untilNext = (scheduled < total) ? start + scheduled * period - System.nanoTime() : 1_000_000L;
				if (untilNext >= 1_000_000L) {
					this.selector.select(untilNext / 1_000_000L); // epoll waits in whole milliseconds
				}
				else {
					if (untilNext > 0) {
						LockSupport.parkNanos(untilNext);
					}
					this.selector.selectNow();
				}
				finished += readResponses(result);
			}
			return result;
		}

		private byte[] nextRequest() {
			URI url = this.urls.get((int) (this.sent % this.urls.size()));
			String token = this.tokens.get((int) (this.sent % this.tokens.size()));
			this.sent++;
			String target = url.getRawPath() + ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : "");
			return ("GET " + target + " HTTP/1.1\r\nHost: " + this.hostHeader + "\r\nAuthorization: Bearer " + token
					+ "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		}

		private Connection connection() throws IOException {
			if (!this.idle.isEmpty()) {
				return this.idle.poll();
			}
			if (this.open >= MAX_CONNECTIONS) {
				return null;
			}
			SocketChannel channel = SocketChannel.open();
			channel.configureBlocking(false);
			channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
			Connection connection = new Connection(channel);
			connection.key = channel.register(this.selector, 0, connection);
			if (channel.connect(this.address)) {
				connection.connected = true;
			}
			this.open++;
			return connection;
		}

		private int readResponses(Result result) throws IOException {
			int finished = 0;
			Iterator<SelectionKey> keys = this.selector.selectedKeys().iterator();
			while (keys.hasNext()) {
				SelectionKey key = keys.next();
				keys.remove();
				Connection connection = (Connection) key.attachment();
				try {
					if (key.isConnectable() && connection.channel.finishConnect()) {
						connection.connected = true;
						connection.flush();
					}
					if (key.isValid() && key.isWritable()) {
						connection.flush();
					}
					if (key.isValid() && key.isReadable()) {
						int status = connection.read();
						if (status > 0) {
							long latency = System.nanoTime() - connection.request.due;
							result.statuses.merge(status, 1, Integer::sum);
							result.latencies[result.completed++] = latency;
							finished++;
							connection.request = null;
							if (connection.keepAlive) {
								this.idle.add(connection);
							}
							else {
								close(connection);
							}
						}
					}
				}
				catch (IOException ex) {
					if (connection.request != null) {
						result.errors++;
						finished++;
					}
					close(connection);
				}
			}
			return finished;
		}

		/** Gives up on requests unanswered after 10 s and closes their connections. */
		private int expire(long now, Result result) throws IOException {
			int expired = 0;
			for (SelectionKey key : List.copyOf(this.selector.keys())) {
				Connection connection = (Connection) key.attachment();
				if (connection.request != null && now - connection.request.due > TIMEOUT_NANOS) {
					result.errors++;
					expired++;
					close(connection);
				}
			}
			return expired;
		}

		private void close(Connection connection) throws IOException {
			this.idle.remove(connection);
			connection.request = null;
			connection.channel.close();
			this.open--;
		}

	}

	record Request(long due, byte[] bytes) {
	}

	/** One keep-alive connection: at most one request in flight, its response parsed as it arrives. */
	static final class Connection {

		final SocketChannel channel;

		SelectionKey key;

		boolean connected;

		Request request;

		boolean keepAlive = true;

		private ByteBuffer out;

		private byte[] in = new byte[16 * 1024];

		private int length;

		Connection(SocketChannel channel) {
			this.channel = channel;
		}

		void send(Request request) throws IOException {
			this.request = request;
			this.out = ByteBuffer.wrap(request.bytes);
			this.length = 0;
			if (this.connected) {
				flush();
			}
			else {
				this.key.interestOps(SelectionKey.OP_CONNECT);
			}
		}

		void flush() throws IOException {
			if (this.out == null) {
				this.key.interestOps(SelectionKey.OP_READ);
				return;
			}
			this.channel.write(this.out);
			if (this.out.hasRemaining()) {
				this.key.interestOps(SelectionKey.OP_WRITE | SelectionKey.OP_READ);
			}
			else {
				this.out = null;
				this.key.interestOps(SelectionKey.OP_READ);
			}
		}

		/** Reads what has arrived; the response's status once it is complete, else 0. */
		int read() throws IOException {
			if (this.length == this.in.length) {
				this.in = Arrays.copyOf(this.in, this.in.length * 2);
			}
			int count = this.channel.read(ByteBuffer.wrap(this.in, this.length, this.in.length - this.length));
			if (count < 0) {
				throw new IOException("connection closed by the server");
			}
			this.length += count;
			return (this.request != null) ? completeResponse() : 0;
		}

		private int completeResponse() throws IOException {
			int headerEnd = indexOf(this.in, this.length, END_OF_HEADERS, 0);
			if (headerEnd < 0) {
				return 0;
			}
			String head = new String(this.in, 0, headerEnd, StandardCharsets.ISO_8859_1);
			int status = Integer.parseInt(head.substring(9, 12));
			String lower = head.toLowerCase();
			this.keepAlive = !lower.contains("\r\nconnection: close");
			int bodyStart = headerEnd + 4;
			int contentLength = headerValue(lower, "content-length");
			if (contentLength >= 0) {
				return (this.length >= bodyStart + contentLength) ? status : 0;
			}
			if (lower.contains("\r\ntransfer-encoding: chunked")) {
				return chunkedBodyComplete(bodyStart) ? status : 0;
			}
			return status; // no body (204, 304)
		}

		private boolean chunkedBodyComplete(int position) {
			while (true) {
				int lineEnd = indexOf(this.in, this.length, CRLF, position);
				if (lineEnd < 0) {
					return false;
				}
				String size = new String(this.in, position, lineEnd - position, StandardCharsets.ISO_8859_1);
				int semicolon = size.indexOf(';');
				int chunk = Integer.parseInt((semicolon >= 0) ? size.substring(0, semicolon).trim() : size.trim(), 16);
				if (chunk == 0) {
					return indexOf(this.in, this.length, CRLF, lineEnd + 2) >= 0;
				}
				position = lineEnd + 2 + chunk + 2;
				if (position > this.length) {
					return false;
				}
			}
		}

		private static int headerValue(String lowerHead, String name) {
			int at = lowerHead.indexOf("\r\n" + name + ":");
			if (at < 0) {
				return -1;
			}
			int end = lowerHead.indexOf("\r\n", at + 2);
			return Integer.parseInt(lowerHead.substring(at + name.length() + 3, (end < 0) ? lowerHead.length() : end).trim());
		}

		private static int indexOf(byte[] data, int length, byte[] pattern, int from) {
			outer: for (int i = from; i <= length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
