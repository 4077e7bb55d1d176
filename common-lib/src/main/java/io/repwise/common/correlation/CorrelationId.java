package io.repwise.common.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that ties together every log line and downstream call made for one client
 * request. Clients may send their own in {@code X-Request-Id}; anything that does not look like a
 * sane token is replaced so that a caller cannot inject text into our logs.
 */
public final class CorrelationId {

	public static final String HEADER = "X-Request-Id";

	/** MDC and Reactor context key; the log pattern prints it. */
	public static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private CorrelationId() {
	}

	/** The caller's id when it is acceptable, otherwise a fresh random one. */
	public static String acceptOrCreate(String candidate) {
		if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
			return candidate;
		}
		return UUID.randomUUID().toString();
	}

}
