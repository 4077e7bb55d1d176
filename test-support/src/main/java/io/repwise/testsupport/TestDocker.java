package io.repwise.testsupport;

import java.util.ServiceLoader;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.utility.TestcontainersConfiguration;

/** The Docker engine as the test servers see it: whether one answers, its client, its images. */
final class TestDocker {

	/** The engine's client as Testcontainers finds it, without its reaper; null when none answers. */
	private static DockerClient engine;

	private static boolean asked;

	private TestDocker() {
	}

	/**
	 * Whether a Docker engine answers, asked without starting any container (Testcontainers' own
	 * check would start its reaper first, and a reaper that cannot start would read as no engine).
	 */
	static synchronized boolean available() {
		if (!asked) {
			asked = true;
			try {
				engine = DockerClientProviderStrategy.getFirstValidStrategy(ServiceLoader
					.load(DockerClientProviderStrategy.class)
					.stream()
					.map(ServiceLoader.Provider::get)
					.toList()).getDockerClient();
			}
			catch (RuntimeException ex) {
				engine = null;
			}
		}
		return engine != null;
	}

	/**
	 * The client Testcontainers runs containers with, once its reaper container (Ryuk) is up.
	 * Where the reaper's image cannot be had, say so at once rather than after minutes of pulls.
	 */
	static DockerClient client() {
		if (!Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED")) && !reaperPresent()) {
			throw new IllegalStateException("Docker answers, but it has no image of Testcontainers' reaper (Ryuk, "
					+ reaperName() + ") and may not be able to pull one."
					+ " Where no registry is reachable, set TESTCONTAINERS_RYUK_DISABLED=true: containers are then"
					+ " removed by a JVM shutdown hook (.ci/run does this; docs/DEPLOY.md, Testcontainers).");
		}
		return DockerClientFactory.instance().client();
	}

	/** Whether the engine has an image (asked of the engine directly, starting nothing). */
	static boolean present(String image) {
		available();
		try {
			engine.inspectImageCmd(image).exec();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** Any tag of the reaper's image will do to try; without one, a pull would have to succeed. */
	private static boolean reaperPresent() {
		available();
		return !engine.listImagesCmd().withReferenceFilter(reaperName()).exec().isEmpty();
	}

	private static String reaperName() {
		String image = TestcontainersConfiguration.getInstance().getRyukImage();
		return image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
	}

	/** Why a container would not start, with what to do when the image is the cause. */
	static IllegalStateException couldNotStart(String what, ContainerImages.Image images, String image,
			RuntimeException cause) {
		return new IllegalStateException("Could not start " + what + " from the image " + image
				+ (present(image) ? "" : ", which this Docker engine does not have and could not pull")
				+ ". Where no registry is reachable, build the stand-ins with deploy/local-images/build.sh,"
				+ " or name an image with " + images.variable() + ".", cause);
	}

}
