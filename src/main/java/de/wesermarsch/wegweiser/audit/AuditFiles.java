package de.wesermarsch.wegweiser.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the audit's YAML files (glossary, plan markers) and says plainly which file and field is wrong. */
final class AuditFiles {

	private AuditFiles() {
	}

	static Object read(Path file) {
		try {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value, String where) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException(where + " must be a mapping");
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value, String where) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return (List<Object>) list;
		}
		throw new IllegalArgumentException(where + " must be a list");
	}

	static String string(Object value, String where) {
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException(where + " is missing");
		}
		return value.toString();
	}

}
