package io.repwise.e2e.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values read from a service's Prometheus endpoint, as an operator's dashboard would. */
final class Metrics {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String text;

	private Metrics(String text) {
		this.text = text;
	}

	/** The metrics at {@code base + /actuator/prometheus}. */
	static Metrics of(String base) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(base + "/actuator/prometheus answered " + response.statusCode());
		}
		return new Metrics(response.body());
	}

	/** Whether any series of {@code name} is there at all (a sum of none is 0, which proves nothing). */
	boolean has(String name) {
		return Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{").matcher(this.text).find();
	}

	/**
	 * The value of {@code label} on the first series of {@code name} that has {@code value} and
	 * all of {@code labels}: which state a state-set gauge is in, say; {@code null} when none has.
	 */
	String labelAt(String name, String label, double value, String... labels) {
		Matcher series = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(this.text);
		while (series.find()) {
			boolean matches = Double.parseDouble(series.group(2)) == value;
			for (String required : labels) {
				matches &= Pattern.compile(required).matcher(series.group(1)).find();
			}
			Matcher wanted = Pattern.compile(label + "=\"([^\"]*)\"").matcher(series.group(1));
			if (matches && wanted.find()) {
				return wanted.group(1);
			}
		}
		return null;
	}

	/**
	 * The sum of every series of {@code name} whose labels contain all of {@code labels} (each
	 * {@code key="value"}, or a regular expression over one label); 0 when there is none.
	 */
	double sum(String name, String... labels) {
		double sum = 0;
		Matcher series = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(this.text);
		while (series.find()) {
			boolean matches = true;
			for (String label : labels) {
				matches &= Pattern.compile(label).matcher(series.group(1)).find();
			}
			if (matches) {
				sum += Double.parseDouble(series.group(2));
			}
		}
		return sum;
	}

}
