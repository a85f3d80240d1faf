package de.wesermarsch.wegweiser.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes one text (one language block under {@code texts:}) into the YAML of an entry file and leaves every other
 * byte as it was: comments, the order of fields, other languages, quoting, the file's line ends. A YAML library
 * would re-serialise the whole file and lose comments and the editors' layout, so the block is edited as lines:
 * each field to set replaces the field's lines (a block scalar with its continuation lines) or is inserted in the
 * canonical order; a field set to {@code null} is removed. The caller checks the result by loading it.
 */
final class TextBlocks {

	/** The order fields of a text stand in, for inserting one that is not there yet. */
	static final List<String> ORDER = List.of("title", "summary", "body", "subGoal", "rhythm", "provenance", "reviewed",
			"reviewed-by", "reviewed-on", "translator", "translates");

	private static final Pattern TEXTS = Pattern.compile("texts:\\s*(#.*)?");

	private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\n]*");

	private static final Pattern SPECIAL = Pattern.compile(
			"(?i)(y|n|yes|no|true|false|on|off|null|~|[-+.0-9][-+.:0-9a-z_]*)");

	private TextBlocks() {
	}

	/**
	 * The file with the text under {@code key} given these fields (values are Strings, Integers, Booleans or dates;
	 * null removes a field). The text block is created where the file has none.
	 */
	static String apply(String yaml, String key, Map<String, Object> fields) {
		String eol = yaml.contains("\r\n") ? "\r\n" : "\n";
		List<String> lines = new ArrayList<>(List.of(yaml.split("\r?\n", -1)));
		int texts = indexOf(lines, 0, lines.size(), l -> TEXTS.matcher(l).matches());
		if (texts < 0) {
			throw new IllegalArgumentException("the file has no 'texts:' section");
		}
		int textsEnd = end(lines, texts, 0);
		int indent = childIndent(lines, texts + 1, textsEnd, 2);
		String head = " ".repeat(indent) + key + ":";
		int block = indexOf(lines, texts + 1, textsEnd, l -> l.equals(head) || l.startsWith(head + " #"));
		if (block < 0) {
			int at = lastContent(lines, texts, textsEnd) + 1;
			lines.add(at, head);
			textsEnd = at + 1;
			block = at;
		}
		int blockEnd = end(lines, block, indent);
		int fieldIndent = childIndent(lines, block + 1, blockEnd, indent + 2);
		Map<String, Object> ordered = new LinkedHashMap<>();
		ORDER.stream().filter(fields::containsKey).forEach(f -> ordered.put(f, fields.get(f)));
		fields.keySet().stream().filter(f -> !ordered.containsKey(f)).forEach(f -> ordered.put(f, fields.get(f)));
		for (Map.Entry<String, Object> field : ordered.entrySet()) {
			blockEnd = set(lines, block, blockEnd, fieldIndent, field.getKey(), field.getValue());
		}
		return String.join(eol, lines);
	}

	private static int set(List<String> lines, int block, int blockEnd, int indent, String name, Object value) {
		String prefix = " ".repeat(indent) + name + ":";
		int at = indexOf(lines, block + 1, blockEnd, l -> l.equals(prefix) || l.startsWith(prefix + " "));
		List<String> rendered = value == null ? List.of() : render(" ".repeat(indent), name, value);
		if (at >= 0) {
			int end = end(lines, at, indent);
			lines.subList(at, end).clear();
			lines.addAll(at, rendered);
			return blockEnd - (end - at) + rendered.size();
		}
		if (rendered.isEmpty()) {
			return blockEnd;
		}
		int insert = block + 1;
		for (String before : ORDER.subList(0, Math.max(0, ORDER.indexOf(name)))) {
			String p = " ".repeat(indent) + before + ":";
			int found = indexOf(lines, block + 1, blockEnd, l -> l.equals(p) || l.startsWith(p + " "));
			if (found >= 0) {
				insert = Math.max(insert, end(lines, found, indent));
			}
		}
		insert = Math.min(insert, lastContent(lines, block, blockEnd) + 1);
		lines.addAll(insert, rendered);
		return blockEnd + rendered.size();
	}

	/** A field as YAML lines: plain where that is safe, a literal block for several lines, else double quotes. */
	static List<String> render(String indent, String name, Object value) {
		if (!(value instanceof String text)) {
			return List.of(indent + name + ": " + value);
		}
		if (text.contains("\n") && !text.startsWith(" ") && !text.contains("\r")) {
			String stripped = text.stripTrailing();
			List<String> out = new ArrayList<>();
			out.add(indent + name + ": |");
			for (String line : stripped.split("\n", -1)) {
				out.add(line.isEmpty() ? "" : indent + "  " + line.stripTrailing());
			}
			return out;
		}
		boolean plain = PLAIN.matcher(text).matches() && !text.contains(": ") && !text.contains(" #")
				&& !text.endsWith(":") && !text.endsWith(" ") && !SPECIAL.matcher(text).matches();
		return List.of(indent + name + ": " + (plain ? text : quoted(text)));
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

	/** The line after the last one that belongs to the item at {@code start} (more indented, or blank inside it). */
	private static int end(List<String> lines, int start, int indent) {
		int last = start;
		for (int i = start + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (indentOf(line) <= indent) {
				break;
			}
			last = i;
		}
		return last + 1;
	}

	private static int lastContent(List<String> lines, int from, int to) {
		int last = from;
		for (int i = from + 1; i < to; i++) {
			if (!lines.get(i).isBlank()) {
				last = i;
			}
		}
		return last;
	}

	private static int childIndent(List<String> lines, int from, int to, int otherwise) {
		for (int i = from; i < to; i++) {
			String line = lines.get(i);
			if (!line.isBlank() && !line.strip().startsWith("#")) {
				return indentOf(line);
			}
		}
		return otherwise;
	}

	private static int indentOf(String line) {
		int i = 0;
		while (i < line.length() && line.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	private static int indexOf(List<String> lines, int from, int to, java.util.function.Predicate<String> test) {
		for (int i = from; i < Math.min(to, lines.size()); i++) {
			if (test.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
