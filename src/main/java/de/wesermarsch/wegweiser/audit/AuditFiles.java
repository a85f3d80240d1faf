package de.wesermarsch.wegweiser.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the audit's YAML files (glossary, plan markers, open items) as YAML 1.2 with Jackson, as the content is
 * read, and says plainly which file and field is wrong.
 */
final class AuditFiles {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private AuditFiles() {
	}

	static Object read(Path file) {
		try {
			return YAML.readValue(Files.readString(file), Object.class);
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
