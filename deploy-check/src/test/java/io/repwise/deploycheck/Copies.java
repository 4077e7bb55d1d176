package io.repwise.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Deliberately broken copies of the real files, for tests that prove the checks catch mistakes. */
final class Copies {

	private Copies() {
	}

	/** A copy of the directory tree {@code source} under {@code target}. */
	static Path copyTree(Path source, Path target) {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces the first occurrence of {@code from} (which must be there) by {@code to}. */
	static void edit(Path file, String from, String to) {
		try {
			String text = Files.readString(file);
			assertThat(text).as("text to break in " + file).contains(from);
			int at = text.indexOf(from);
			Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
