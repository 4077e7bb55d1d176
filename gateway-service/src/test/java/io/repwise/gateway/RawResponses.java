package io.repwise.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses one at a time off a raw socket's stream, so that a test can send the
 * next request on the same keep-alive connection: a body by its Content-Length or its chunks.
 */
final class RawResponses {

	private final InputStream in;

	RawResponses(InputStream in) {
		this.in = in;
	}

	/** The next response's status line, headers and body; fails if the connection ends first. */
	String next() throws IOException {
		StringBuilder head = new StringBuilder();
		long length = 0;
		boolean chunked = false;
		for (String line = line(); !line.isEmpty(); line = line()) {
			head.append(line).append("\r\n");
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring("content-length:".length()).trim());
			}
			chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
				body.write(this.in.readNBytes((int) size));
				line();
			}
			line();
		}
		else {
			body.write(this.in.readNBytes((int) length));
		}
		return head + "\r\n" + body.toString(StandardCharsets.UTF_8);
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b == -1) {
				throw new IOException("the connection ended in the middle of a response");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

}
