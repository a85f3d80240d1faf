package de.wesermarsch.wegweiser.integreat;

import java.util.List;

/** Input the importer refuses, with every problem as a sentence naming the file, the page and the field. */
final class IntegreatException extends RuntimeException {

	private final List<String> problems;

	IntegreatException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}

}
