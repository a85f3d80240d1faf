package de.wesermarsch.wegweiser.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a parsed content file against its JSON Schema ({@code docs/schema/*.schema.json}, the same files editors'
 * tools use) and says what is wrong in the loader's sentences, one per problem, naming entry and field: a missing
 * field, an unknown one (with the fields allowed there), a date, slug, address or value of the wrong form. The
 * schema is lenient where YAML is: a number or a boolean where a text is expected is read as written, and a whole
 * number with leading zeros ({@code 010}) is a whole number. What needs more than one file or the site's languages
 * is checked by the readers.
 */
final class ContentSchema {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getDraft202012());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, ContentSchema> LOADED = new ConcurrentHashMap<>();

	private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

	private static final Map<String, String> FORMS = Map.of(DATE, "is not a date of the form YYYY-MM-DD",
			"^" + EntryReader.SLUG + "$", "is not a slug (a-z, 0-9, single hyphens)", "^https://",
			"must be an https:// address", "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "is not an e-mail address",
			"^([0-9]{4}|ongoing|make-permanent)$", "is not a deadline (a year, 'ongoing' or 'make-permanent')",
			"^[a-z]{2,3}$", "is not a language code (two or three letters a-z)");

	private final JsonNode raw;

	private final Schema schema;

	private ContentSchema(String name) {
		try (InputStream in = ContentSchema.class.getResourceAsStream("/schema/" + name + ".schema.json")) {
			if (in == null) {
				throw new IllegalStateException("schema " + name + " is not on the class path");
			}
			raw = JSON.readTree(in);
			schema = REGISTRY.getSchema(SchemaLocation.of(raw.get("$id").asString()), raw);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ContentSchema of(String name) {
		return LOADED.computeIfAbsent(name, ContentSchema::new);
	}

	/**
	 * Reports every problem of {@code tree}, a mapping or (when {@code list}) a list of mappings, and returns the
	 * indexes of the items that have one (for a mapping: -1 if it has any); {@code entryOf} names the entry of a
	 * problem: an item's id, or for a mapping its own.
	 */
	Set<Integer> check(String file, JsonNode tree, Problems problems, boolean list, Function<JsonNode, String> entryOf) {
		Set<List<String>> seen = new LinkedHashSet<>();
		Set<Integer> failed = new java.util.HashSet<>();
		for (Error error : schema.validate(tree)) {
			List<String> path = new ArrayList<>();
			NodePath location = error.getInstanceLocation();
			for (int i = 0; i < location.getNameCount(); i++) {
				Object element = location.getElement(i);
				path.add(element instanceof Integer index ? "[" + index + "]" : String.valueOf(element));
			}
			String entry = null;
			int from = 0;
			if (list && !path.isEmpty()) {
				int index = (Integer) location.getElement(0);
				String named = entryOf.apply(tree.get(index));
				entry = named == null ? "#" + (index + 1) : named;
				from = 1;
			}
			else if (!list) {
				entry = entryOf.apply(tree);
			}
			String message = sentence(error);
			if (message == null) {
				continue;
			}
			failed.add(list && !path.isEmpty() ? (Integer) location.getElement(0) : -1);
			if (error.getKeyword().equals("dependentRequired")) {
				path.add(String.valueOf(error.getArguments()[0]));
			}
			else if (error.getProperty() != null && takesProperty(error.getKeyword())) {
				path.add(error.getProperty());
			}
			StringBuilder field = new StringBuilder();
			for (String part : path.subList(from, path.size())) {
				field.append(field.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
			}
			String name = field.isEmpty() ? null : field.toString();
			if (seen.add(java.util.Arrays.asList(entry, name, message))) {
				problems.add(file, entry, name, message);
			}
		}
		return failed;
	}

	private static boolean takesProperty(String keyword) {
		return keyword.equals("required") || keyword.equals("additionalProperties");
	}

	/** The loader's sentence for a schema error, or null where the schema is stricter than the loader. */
	private String sentence(Error error) {
		JsonNode value = error.getInstanceNode();
		String quoted = value == null || value.isContainer() ? "" : "'" + value.asString() + "' ";
		JsonNode rule = error.getSchemaNode();
		return switch (error.getKeyword()) {
			case "required", "dependentRequired", "minLength" -> "missing";
			case "additionalProperties" -> "unknown field (allowed here: " + allowed(error) + ")";
			case "pattern" -> quoted + FORMS.getOrDefault(rule.asString(), "does not have the form " + rule.asString());
			case "enum" -> quoted + "is not one of " + rule.valueStream().map(JsonNode::asString).toList();
			case "minimum" -> "must be " + rule.asString() + " or more";
			case "maximum" -> "must be " + rule.asString() + " or less";
			case "contains", "minContains" -> "German (de) must be one of the languages";
			case "oneOf" -> value == null || !value.isObject() ? null : "a document has either a file or a url (with read and excerpt)";
			case "propertyNames" -> null; // language codes are checked against the site's languages
			case "type" -> type(rule, value, quoted);
			default -> error.getMessage();
		};
	}

	private static String type(JsonNode rule, JsonNode value, String quoted) {
		List<String> expected = rule.isArray() ? rule.valueStream().map(JsonNode::asString).toList()
				: List.of(rule.asString());
		if (value.isNull()) {
			return "missing";
		}
		if (expected.contains("string") && (value.isNumber() || value.isBoolean())) {
			return null; // a number or boolean where a text is expected: read as written
		}
		if (expected.contains("integer") && value.isString() && value.asString().matches("[+-]?[0-9]+")) {
			return null; // 010: a whole number with a leading zero
		}
		if (value.isContainer() && !expected.contains("object") && !expected.contains("array")) {
			return "must be a single value";
		}
		if (expected.contains("object")) {
			return "must be a mapping of fields";
		}
		if (expected.contains("array")) {
			return "must be a list";
		}
		if (expected.contains("integer")) {
			return quoted + "is not a whole number";
		}
		if (expected.contains("boolean")) {
			return quoted + "is not true or false";
		}
		return quoted + "is not a " + String.join(" or ", expected);
	}

	/** The fields the schema allows beside the one refused, from the rule's own {@code properties}. */
	private String allowed(Error error) {
		NodePath fragment = error.getSchemaLocation().getFragment();
		JsonNode rules = raw;
		for (int i = 0; i < fragment.getNameCount() - 1; i++) {
			Object element = fragment.getElement(i);
			rules = element instanceof Integer index ? rules.path(index) : rules.path(String.valueOf(element));
		}
		return String.join(", ", rules.path("properties").propertyNames().stream().sorted().toList());
	}

}
