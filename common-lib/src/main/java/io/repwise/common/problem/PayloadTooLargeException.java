package io.repwise.common.problem;

import java.io.IOException;

/** Raised while reading a request body that grows past the configured maximum. */
public class PayloadTooLargeException extends IOException {

	private final long maxBytes;

	public PayloadTooLargeException(long maxBytes) {
		super("Request body is larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	public long getMaxBytes() {
		return this.maxBytes;
	}

}
