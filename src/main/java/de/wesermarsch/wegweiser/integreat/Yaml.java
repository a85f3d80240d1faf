package de.wesermarsch.wegweiser.integreat;

/**
 * Writes YAML that reads the same in YAML 1.1 and 1.2: every scalar double-quoted (so no "no", "on" or date
 * turns into something else), multi-line texts as literal blocks where they can be, characters YAML does not allow
 * (control characters, and the line separators 1.1 counts as breaks and 1.2 does not) removed first.
 */
final class Yaml {

	private final StringBuilder out = new StringBuilder();

	/** A text with only what YAML may hold, every kind of line break made a newline. */
	static String printable(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n').replace('\u2028', '\n')
			.replace('\u2029', '\n').replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFEFF\\uFFFE\\uFFFF]", "");
	}

	Yaml comment(String text) {
		out.append("# ").append(printable(text).replace('\n', ' ')).append('\n');
		return this;
	}

	Yaml field(int indent, String key, String value) {
		if (value != null) {
			out.append("  ".repeat(indent)).append(key).append(": ").append(quoted(value)).append('\n');
		}
		return this;
	}

	Yaml number(int indent, String key, long value) {
		out.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
		return this;
	}

	Yaml key(int indent, String key) {
		out.append("  ".repeat(indent)).append(key).append(":\n");
		return this;
	}

	/** An item of a list of mappings: "- key: value", the rest of the mapping following at {@code indent + 1}. */
	Yaml item(int indent, String key, String value) {
		out.append("  ".repeat(indent)).append("- ").append(key).append(": ").append(quoted(value)).append('\n');
		return this;
	}

	/** A long text: a literal block when every line allows it, else a quoted string. */
	Yaml text(int indent, String key, String value) {
		if (value == null || value.isEmpty()) {
			return this;
		}
		String text = printable(value).strip();
		boolean literal = text.contains("\n") && text.lines().noneMatch(l -> l.endsWith(" ") || l.endsWith("\t") || l.startsWith("\t"))
				&& !text.startsWith(" ");
		if (!literal) {
			return field(indent, key, text);
		}
		String pad = "  ".repeat(indent + 1);
		out.append("  ".repeat(indent)).append(key).append(": |-\n");
		text.lines().forEach(l -> out.append(l.isEmpty() ? "" : pad + l).append('\n'));
		return this;
	}

	static String quoted(String value) {
		StringBuilder q = new StringBuilder("\"");
		for (char c : printable(value).toCharArray()) {
			switch (c) {
				case '"' -> q.append("\\\"");
				case '\\' -> q.append("\\\\");
				case '\n' -> q.append("\\n");
				case '\t' -> q.append("\\t");
				default -> q.append(c);
			}
		}
		return q.append('"').toString();
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
