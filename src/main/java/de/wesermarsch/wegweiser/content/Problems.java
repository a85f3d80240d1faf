package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with the content, each problem naming the file, the entry and the field. */
final class Problems {

	private final List<String> messages = new ArrayList<>();

	void add(String file, String entry, String field, String message) {
		StringBuilder line = new StringBuilder(file);
		if (entry != null) {
			line.append(": entry '").append(entry).append('\'');
		}
		if (field != null) {
			line.append(", field '").append(field).append('\'');
		}
		messages.add(line.append(": ").append(message).toString());
	}

	boolean isEmpty() {
		return messages.isEmpty();
	}

	List<String> messages() {
		return List.copyOf(messages);
	}

	void throwIfAny() {
		if (!messages.isEmpty()) {
			throw new ContentException(messages);
		}
	}

}
