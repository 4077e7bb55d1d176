package io.repwise.common.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for what Tomcat refuses before Spring sees the request: a target that
 * is no URI ({@code /a|b}, a lone {@code %}), an encoded slash or NUL, a bad header. Tomcat's page
 * is HTML naming the server and its version; this answers an {@code application/problem+json}
 * like every other refusal, and never with the exception's text. What Spring answered (through
 * {@code /error}) has been written already and is left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(Problems.toJson(status, title, detail(status)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response is committed: nothing more can be said.
		}
	}

	private static String detail(int status) {
		return (status == 400)
				? "The request is not valid HTTP: its target must be a URI with reserved characters percent-encoded, "
						+ "and its headers well-formed."
				: "The server refused the request before it reached the service.";
	}

}
