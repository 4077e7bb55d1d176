package io.repwise.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as kubectl and docker compose read it: YAML 1.1 scalars (yes/no/on/off are booleans, 0555
 * is octal), anchors and merge keys, several documents per file. Stricter than both in one way:
 * a key given twice in one mapping is an error instead of "the last one wins". Timestamps stay
 * strings, as they do when Kubernetes tools decode into untyped JSON.
 */
final class Yamls {

	private Yamls() {
	}

	/** Every non-empty document of the file. */
	static List<Object> loadAll(Path file) {
		try {
			return loadAll(Files.readString(file), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Object> loadAll(String text, String source) {
		List<Object> documents = new ArrayList<>();
		try {
			for (Object document : yaml().loadAll(text)) {
				if (document != null) {
					documents.add(document);
				}
			}
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(source + ": not valid YAML: " + ex.getMessage(), ex);
		}
		return documents;
	}

	static Object load(String text, String source) {
		List<Object> documents = loadAll(text, source);
		if (documents.size() != 1) {
			throw new IllegalArgumentException(source + ": expected one YAML document, found " + documents.size());
		}
		return documents.get(0);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> loadMap(Path file) {
		List<Object> documents = loadAll(file);
		if (documents.size() != 1 || !(documents.get(0) instanceof Map)) {
			throw new IllegalArgumentException(file + ": expected one YAML mapping");
		}
		return (Map<String, Object>) documents.get(0);
	}

	/** Block-style YAML of several objects, one document each (what kustomize build prints). */
	static String dumpAll(List<? extends Object> documents) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(120);
		return new Yaml(options).dumpAll(documents.iterator());
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(100);
		DumperOptions dumperOptions = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
				new NoTimestampResolver());
	}

	/** SnakeYAML's YAML 1.1 resolver without the timestamp rule. */
	private static final class NoTimestampResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

}
