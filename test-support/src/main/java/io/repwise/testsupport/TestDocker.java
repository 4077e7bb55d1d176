package io.repwise.testsupport;

import java.util.ServiceLoader;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/** The Docker engine as the test servers see it: whether one answers, its client, its images. */
final class TestDocker {

	private static Boolean available;

	private TestDocker() {
	}

	/**
	 * Whether a Docker engine answers, asked without starting any container (Testcontainers' own
	 * check would start its reaper first, and a reaper that cannot start would read as no engine).
	 */
	static synchronized boolean available() {
		if (available == null) {
			try {
				DockerClientProviderStrategy.getFirstValidStrategy(ServiceLoader.load(DockerClientProviderStrategy.class)
					.stream()
					.map(ServiceLoader.Provider::get)
					.toList());
				available = true;
			}
			catch (RuntimeException ex) {
				available = false;
			}
		}
		return available;
	}

	/**
	 * The engine's client. Testcontainers starts its reaper container (Ryuk) with it first; where
	 * that image cannot be had, say how to go on without it.
	 */
	static DockerClient client() {
		try {
			return DockerClientFactory.instance().client();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Docker answers, but Testcontainers could not start its reaper (Ryuk,"
					+ " image testcontainers/ryuk). Where no registry is reachable, set"
					+ " TESTCONTAINERS_RYUK_DISABLED=true: containers are then removed by a JVM shutdown hook"
					+ " (.ci/run does this; docs/DEPLOY.md, Testcontainers).", ex);
		}
	}

	static boolean present(String image) {
		try {
			client().inspectImageCmd(image).exec();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
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
