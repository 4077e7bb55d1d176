package io.repwise.common.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code io.repwise.access} logger: method, path, status and time. The
 * line carries the trace id and request id like every other log line, which is how a request is
 * followed from the gateway through every service it touched. Probes and scrapes are left out.
 */
final class AccessLog {

	private static final Logger log = LoggerFactory.getLogger("io.repwise.access");

	private AccessLog() {
	}

	static boolean skips(String path) {
		return path.startsWith("/actuator");
	}

	static void write(String method, String path, int status, long startNanos) {
		if (log.isInfoEnabled()) {
			log.info("{} {} {} {} ms", method, path, status, (System.nanoTime() - startNanos) / 1_000_000);
		}
	}

}
