package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed fields from one parsed YAML mapping and reports every missing or malformed field, with file,
 * entry and field path, instead of failing at the first.
 */
final class Fields {

	private final Problems problems;

	private final String file;

	private final String entry;

	private final String path;

	private final Map<?, ?> map;

	Fields(Problems problems, String file, String entry, String path, Map<?, ?> map) {
		this.problems = problems;
		this.file = file;
		this.entry = entry;
		this.path = path;
		this.map = map;
	}

	String field(String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	void problem(String name, String message) {
		problems.add(file, entry, name == null ? (path.isEmpty() ? null : path) : field(name), message);
	}

	boolean has(String name) {
		return map.get(name) != null;
	}

	Set<String> keys() {
		return map.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
	}

	void allowOnly(Set<String> allowed) {
		for (Object key : map.keySet()) {
			if (!allowed.contains(String.valueOf(key))) {
				problem(String.valueOf(key), "unknown field (allowed here: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		}
	}

	String string(String name, boolean required) {
		Object value = map.get(name);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				problem(name, "missing");
			}
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			problem(name, "must be a single value");
			return null;
		}
		return value.toString().strip();
	}

	Integer integer(String name, boolean required) {
		String value = string(name, required);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			problem(name, "'" + value + "' is not a whole number");
			return null;
		}
	}

	LocalDate date(String name, boolean required) {
		String value = string(name, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problem(name, "'" + value + "' is not a date of the form YYYY-MM-DD");
			return null;
		}
	}

	boolean bool(String name) {
		Object value = map.get(name);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		problem(name, "'" + value + "' is not true or false");
		return false;
	}

	List<String> strings(String name) {
		Object value = map.get(name);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			problem(name, "must be a list");
			return List.of();
		}
		return list.stream().map(v -> String.valueOf(v).strip()).toList();
	}

	Fields child(String name, boolean required) {
		Object value = map.get(name);
		if (value == null) {
			if (required) {
				problem(name, "missing");
			}
			return null;
		}
		if (!(value instanceof Map<?, ?> child)) {
			problem(name, "must be a mapping of fields");
			return null;
		}
		return new Fields(problems, file, entry, field(name), child);
	}

	/** A mapping, or a list of mappings, as a list (empty when absent). */
	List<Fields> children(String name) {
		Object value = map.get(name);
		if (value instanceof List<?> list) {
			List<Fields> children = new java.util.ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) instanceof Map<?, ?> child) {
					children.add(new Fields(problems, file, entry, field(name) + "[" + i + "]", child));
				}
				else {
					problem(name + "[" + i + "]", "must be a mapping of fields");
				}
			}
			return children;
		}
		Fields child = child(name, false);
		return child == null ? List.of() : List.of(child);
	}

	/** A single string or, per language code, a string. */
	Map<String, String> stringOrMap(String name) {
		if (map.get(name) instanceof Map) {
			return stringMap(name);
		}
		String value = string(name, false);
		return value == null ? Map.of() : Map.of("de", value);
	}

	Map<String, String> stringMap(String name) {
		Fields child = child(name, true);
		if (child == null) {
			return Map.of();
		}
		java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
		for (String key : child.keys()) {
			String value = child.string(key, true);
			if (value != null) {
				result.put(key, value);
			}
		}
		return result;
	}

}
