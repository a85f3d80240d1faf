package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses a content file as YAML 1.2 (Jackson's YAML module over snakeyaml-engine) into mappings, lists, strings
 * and the booleans {@code true} and {@code false}. Every other scalar stays the text the editor wrote, so
 * nothing changes its value on the way (measured with YAML 1.1 before: {@code title: No} became "false",
 * {@code summary: on} "true", {@code revision: 010} 8, {@code chapter: 3.10} "3.1", {@code chapter: 1:30} "90").
 * A key that appears twice in one mapping is a problem, not a silent overwrite.
 */
final class YamlTree {

	private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

	private YamlTree() {
	}

	/** The tree of the file, or null with the problem reported. */
	static Object parse(String file, byte[] bytes, Problems problems) {
		try (JsonParser parser = MAPPER.createParser(bytes)) {
			JsonToken first = parser.nextToken();
			return first == null ? null : value(parser, file, problems);
		}
		catch (JacksonException e) {
			var where = e.getLocation();
			String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
					: e.getOriginalMessage().replace('\n', ' ');
			problems.add(file, null, null, "is not valid YAML" + (where == null || where.getLineNr() < 0 ? ""
					: " (line " + where.getLineNr() + ")") + ": " + reason);
			return null;
		}
	}

	private static Object value(JsonParser parser, String file, Problems problems) {
		return switch (parser.currentToken()) {
			case START_OBJECT -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
					String key = parser.currentName();
					parser.nextToken();
					Object value = value(parser, file, problems);
					if (map.containsKey(key)) {
						problems.add(file, null, key, "appears twice in one mapping");
					}
					map.put(key, value);
				}
				yield map;
			}
			case START_ARRAY -> {
				List<Object> list = new ArrayList<>();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
					list.add(value(parser, file, problems));
				}
				yield list;
			}
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			// strings and numbers as written: "010" stays 010, "3.10" stays 3.10
			default -> parser.getString();
		};
	}

}
