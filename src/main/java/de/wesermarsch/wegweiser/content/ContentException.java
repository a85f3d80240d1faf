package de.wesermarsch.wegweiser.content;

import java.util.List;

/** The content could not be loaded; every problem is a sentence naming file, entry and field. */
public class ContentException extends RuntimeException {

	private final List<String> problems;

	public ContentException(List<String> problems) {
		super(problems.size() + " problem(s) in the content:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
