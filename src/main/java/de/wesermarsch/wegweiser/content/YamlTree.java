package de.wesermarsch.wegweiser.content;

import java.math.BigDecimal;
import java.math.BigInteger;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses a content file as YAML 1.2 (Jackson's YAML module over snakeyaml-engine) into a tree of mappings, lists,
 * strings, numbers and the booleans {@code true} and {@code false}. Every scalar keeps the text the editor wrote,
 * so nothing changes its value on the way (measured with YAML 1.1 before: {@code title: No} became "false",
 * {@code summary: on} "true", {@code revision: 010} 8, {@code chapter: 3.10} "3.1", {@code chapter: 1:30} "90"):
 * a number keeps its written digits ({@code 3.10} stays 3.10). Strings are stripped of surrounding blanks; a field
 * without a value (empty, blank or {@code null}) is left out, as if it were not written. A key that appears twice
 * in one mapping is a problem, not a silent overwrite.
 */
final class YamlTree {

	private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private YamlTree() {
	}

	/** The tree of the file (null for an empty file), or null with the problem reported. */
	static JsonNode parse(String file, byte[] bytes, Problems problems) {
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

	private static JsonNode value(JsonParser parser, String file, Problems problems) {
		return switch (parser.currentToken()) {
			case START_OBJECT -> {
				ObjectNode map = NODES.objectNode();
				java.util.Set<String> keys = new java.util.HashSet<>();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
					String key = parser.currentName();
					parser.nextToken();
					JsonNode value = value(parser, file, problems);
					if (!keys.add(key)) {
						problems.add(file, null, key, "appears twice in one mapping");
					}
					if (value.isNull() || value.isString() && value.asString().isEmpty()) {
						map.remove(key);
					}
					else {
						map.set(key, value);
					}
				}
				yield map;
			}
			case START_ARRAY -> {
				ArrayNode list = NODES.arrayNode();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
					list.add(value(parser, file, problems));
				}
				yield list;
			}
			case VALUE_TRUE -> NODES.booleanNode(true);
			case VALUE_FALSE -> NODES.booleanNode(false);
			case VALUE_NULL -> NODES.nullNode();
			case VALUE_NUMBER_INT -> number(parser.getString(), true);
			case VALUE_NUMBER_FLOAT -> number(parser.getString(), false);
			default -> NODES.stringNode(parser.getString().strip());
		};
	}

	/** A number as written ("3.10" keeps its zero); what Java cannot read as a number stays its text. */
	private static JsonNode number(String text, boolean integer) {
		try {
			return integer ? NODES.numberNode(new BigInteger(text)) : DecimalNode.valueOf(new BigDecimal(text));
		}
		catch (NumberFormatException e) {
			return NODES.stringNode(text.strip());
		}
	}

}
