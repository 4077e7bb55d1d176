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
 * The shared Dockerfile's promises, read from the file (no Docker engine here to build it): base
 * images pinned by version, a layered extraction, a non-root numeric user, container-aware memory
 * options and a start-up cache step.
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
				"COPY --from=build /extracted/application/", "-XX:MaxRAMPercentage=", "-XX:AOTCacheOutput=",
				"-XX:ArchiveClassesAtExit=", "-Dspring.context.exit=onRefresh");
		assertThat(Pattern.compile("(?m)^USER 10001:10001$").matcher(dockerfile).find()).isTrue();
		assertThat(dockerfile).doesNotContainPattern("(?m)^FROM \\S+:latest");
		for (String script : List.of("deploy/docker/entrypoint.sh", "deploy/docker/healthcheck.sh")) {
			assertThat(ROOT.resolve(script)).isExecutable();
			assertThat(dockerfile).contains(script);
		}
		String ignore = Files.readString(ROOT.resolve(".dockerignore"));
		assertThat(ignore).contains("**/target/", ".git", "!deploy/docker/");
	}

}
