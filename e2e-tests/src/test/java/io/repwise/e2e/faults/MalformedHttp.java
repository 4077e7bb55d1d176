package io.repwise.e2e.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests no HTTP client library would send, written as bytes: targets that are no URI, broken
 * and oversized headers, contradictory or negative lengths (request smuggling), a missing Host, an
 * unknown protocol version. What the hostile input of {@link HostileInput} cannot reach, since
 * its client only sends well-formed HTTP.
 */
final class MalformedHttp {

	/** An attack as written: the request line and headers, and what follows the blank line. */
	record Request(String head, String body) {

		static Request of(String head) {
			return new Request(head, "");
		}

		/** The bytes on the wire, with Connection: close so that the answer ends the exchange. */
		byte[] bytes() {
			return (this.head + "Connection: close\r\n\r\n" + this.body).getBytes(StandardCharsets.ISO_8859_1);
		}

	}

	/** Each attack, by name. */
	static Map<String, Request> attacks(String token) {
		String auth = "Authorization: Bearer " + token + "\r\n";
		String search = "GET /api/v1/exercises HTTP/1.1\r\nHost: x\r\n" + auth;
		String post = "POST /api/v1/workouts HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\n";
		Map<String, Request> attacks = new LinkedHashMap<>();
		attacks.put("target with a raw |", Request.of("GET /api/v1/exercises?q=a|b HTTP/1.1\r\nHost: x\r\n" + auth));
		attacks.put("target with a lone %", Request.of("GET /api/v1/exercises/%zz HTTP/1.1\r\nHost: x\r\n" + auth));
		attacks.put("header without a colon", Request.of(search + "NoColonHere\r\n"));
		attacks.put("space in a header name", Request.of(search + "X Broken: yes\r\n"));
		attacks.put("control character in a header", Request.of(search + "X-Note: a\u0001b\r\n"));
		attacks.put("one 20 KB header", Request.of(search + "X-Huge: " + "h".repeat(20_000) + "\r\n"));
		attacks.put("300 headers", Request.of(search + manyHeaders(300)));
		attacks.put("negative Content-Length", new Request(post + "Content-Length: -1\r\n", "{}"));
		attacks.put("two different Content-Lengths",
				new Request(post + "Content-Length: 2\r\nContent-Length: 40\r\n", "{}"));
		// Request smuggling: which length wins decides where the next request starts.
		attacks.put("Content-Length and chunked", new Request(post + "Content-Length: 30\r\nTransfer-Encoding: chunked\r\n",
				"0\r\n\r\nGET /internal/events HTTP/1.1\r\n\r\n"));
		attacks.put("no Host", Request.of("GET /api/v1/exercises HTTP/1.1\r\n" + auth));
		attacks.put("HTTP/3.0", Request.of("GET /api/v1/exercises HTTP/3.0\r\nHost: x\r\n" + auth));
		return attacks;
	}

	private static String manyHeaders(int count) {
		StringBuilder headers = new StringBuilder();
		for (int i = 0; i < count; i++) {
			headers.append("X-Filler-").append(i).append(": ").append("f".repeat(60)).append("\r\n");
		}
		return headers.toString();
	}

	/** What one attack got: the status line's code (0: none), its content type and body. */
	record Answer(String target, String attack, int status, String contentType, String body) {

		boolean problem() {
			return this.contentType != null && this.contentType.startsWith("application/problem+json");
		}

		/**
		 * A refusal as every other: a 4xx problem. 505 is the answer the RFC asks for an unknown
		 * version, so it counts for {@code HTTP/3.0}; everything else that is 5xx, or no answer, does not.
		 */
		boolean acceptable() {
			boolean refusal = (this.status >= 400 && this.status < 500)
					|| (this.status == 505 && this.attack.equals("HTTP/3.0"));
			return refusal && problem() && !HostileInput.LEAK.matcher(this.body).find();
		}

		String describe() {
			String snippet = this.body.substring(0, Math.min(120, this.body.length())).replaceAll("\\s+", " ");
			return "%s [%s] -> %d %s %s".formatted(this.target, this.attack, this.status, this.contentType, snippet);
		}

	}

	/** Sends the attack and reads the whole answer. */
	static Answer send(String target, String host, int port, String attack, Request request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 2000);
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(request.bytes());
			out.flush();
			return parse(target, attack, readAnswer(socket.getInputStream()));
		}
	}

	private static String readAnswer(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				answer.write(buffer, 0, read);
			}
		}
		catch (SocketTimeoutException | SocketException ex) {
			// Waited 5 s, or the server reset the connection: judge what arrived (maybe nothing).
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	static Answer parse(String target, String attack, String raw) {
		if (!raw.startsWith("HTTP/1.")) {
			return new Answer(target, attack, 0, null, raw);
		}
		int status = Integer.parseInt(raw.substring(9, 12));
		int end = raw.indexOf("\r\n\r\n");
		String head = (end < 0) ? raw : raw.substring(0, end);
		String contentType = null;
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
				contentType = line.substring("content-type:".length()).strip();
			}
		}
		return new Answer(target, attack, status, contentType, (end < 0) ? "" : raw.substring(end + 4));
	}

	/** Every attack against every target, each on a connection of its own. */
	static List<Answer> against(Map<String, InetSocketAddress> targets, String token) throws IOException {
		List<Answer> answers = new ArrayList<>();
		for (Map.Entry<String, InetSocketAddress> target : targets.entrySet()) {
			for (Map.Entry<String, Request> attack : attacks(token).entrySet()) {
				answers.add(send(target.getKey(), target.getValue().getHostString(), target.getValue().getPort(),
						attack.getKey(), attack.getValue()));
			}
		}
		return answers;
	}

	private MalformedHttp() {
	}

}
