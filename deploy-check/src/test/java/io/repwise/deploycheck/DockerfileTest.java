package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The shared Dockerfile's promises, read from the file (ComposeSuiteIT builds it where an engine
 * runs): base images pinned by version, a layered extraction, a non-root numeric user,
 * container-aware memory options, a start-up cache step, and a file both builders can build.
 */
class DockerfileTest {

	private static final Path ROOT = Suite.root();

	@Test
	void dockerfileKeepsItsPromises() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		Matcher image = Pattern.compile("(?m)^ARG (BUILD_IMAGE|RUNTIME_IMAGE)=(\\S+)$").matcher(dockerfile);
		int images = 0;
		while (image.find()) {
			images++;
			assertThat(HouseRules.unpinned(image.group(2))).as(image.group(2)).isEmpty();
		}
		assertThat(images).isEqualTo(2);
		assertThat(dockerfile).contains("-Djarmode=tools", "extract --layers", "COPY --from=build /extracted/dependencies/",
				"COPY --from=build /extracted/application/", "-XX:MaxRAMPercentage=", "/app/record-startup-cache.sh");
		String training = Files.readString(ROOT.resolve("deploy/docker/record-startup-cache.sh"));
		assertThat(training).contains("-XX:AOTCacheOutput=", "-XX:ArchiveClassesAtExit=", "-Dspring.context.exit=onRefresh");
		assertThat(Pattern.compile("(?m)^USER 10001:10001$").matcher(dockerfile).results().count())
			.as("both final stages run as 10001").isEqualTo(2);
		assertThat(dockerfile).doesNotContainPattern("(?m)^FROM \\S+:latest");
		// Buildable by BuildKit and by the legacy builder, with no registry but the base images':
		// no frontend image to pull, no BuildKit-only flags, and the jar target before Maven's.
		assertThat(dockerfile).doesNotContainPattern("(?m)^# *syntax=").doesNotContain("--mount=").doesNotContain("--chmod");
		assertThat(dockerfile.indexOf(" AS from-jar")).isPositive().isLessThan(dockerfile.indexOf(" AS build"));
		assertThat(dockerfile.lastIndexOf("\nFROM ")).as("the source build stays the default target")
			.isEqualTo(dockerfile.indexOf("\nFROM runtime-base AS runtime"));
		for (String script : List.of("deploy/docker/entrypoint.sh", "deploy/docker/healthcheck.sh",
				"deploy/docker/record-startup-cache.sh")) {
			assertThat(ROOT.resolve(script)).isExecutable();
			assertThat(dockerfile).contains(script);
		}
		String ignore = Files.readString(ROOT.resolve(".dockerignore"));
		assertThat(ignore).contains("**/target/", ".git", "!deploy/docker/");
	}

}
