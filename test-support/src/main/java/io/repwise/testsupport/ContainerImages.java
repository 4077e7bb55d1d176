package io.repwise.testsupport;

import java.util.function.Predicate;

/**
 * The container images tests run: the official, pinned ones by default; the stand-ins that
 * {@code deploy/local-images/build.sh} builds from Debian's packages when the engine has them
 * (machines that reach no registry); or whatever {@code REPWISE_POSTGRES_IMAGE},
 * {@code REPWISE_REDIS_IMAGE} and {@code REPWISE_RUNTIME_IMAGE} name. docker-compose.yml reads
 * the same variables with the same official defaults.
 */
public final class ContainerImages {

	public static final Image POSTGRES = new Image("REPWISE_POSTGRES_IMAGE", "postgres:17.6-alpine",
			"repwise-local/postgres:15-bookworm");

	public static final Image REDIS = new Image("REPWISE_REDIS_IMAGE", "redis:7.4.5-alpine",
			"repwise-local/redis:7-bookworm");

	/** The services' Java runtime (the Dockerfile's RUNTIME_IMAGE). */
	public static final Image RUNTIME = new Image("REPWISE_RUNTIME_IMAGE", "eclipse-temurin:25.0.3_9-jre-noble",
			"repwise-local/jre:17-bookworm");

	private ContainerImages() {
	}

	/**
	 * An upstream image and its local stand-in.
	 *
	 * @param variable the environment variable that names the image to use
	 * @param official the upstream image, pulled from a registry
	 * @param standIn the image built from Debian's packages under a name of its own
	 */
	public record Image(String variable, String official, String standIn) {

		/** The image to run, given a way to ask whether the engine already has an image. */
		public String resolve(Predicate<String> present) {
			String named = System.getenv(this.variable);
			if (named != null && !named.isBlank()) {
				return named.trim();
			}
			return present.test(this.standIn) ? this.standIn : this.official;
		}

		/** Whether {@code image} is a stand-in, used where the official image is expected. */
		public boolean isStandIn(String image) {
			return !image.equals(this.official);
		}

		/** The official image's name without its tag, as Testcontainers compares them. */
		public String officialName() {
			return this.official.substring(0, this.official.indexOf(':'));
		}

	}

}
