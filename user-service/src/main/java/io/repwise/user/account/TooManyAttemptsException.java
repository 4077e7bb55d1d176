package io.repwise.user.account;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 429 with {@code Retry-After}, for sign-ins attempted while locked. */
class TooManyAttemptsException extends ResponseStatusException {

	private final long retryAfterSeconds;

	TooManyAttemptsException(Duration wait) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins. Try again in "
				+ Math.max(1, wait.toSeconds()) + " seconds.");
		this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds));
		return headers;
	}

}
