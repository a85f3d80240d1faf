package de.wesermarsch.wegweiser.xliff;

import java.util.List;

/** An export or import that cannot go ahead; every problem is a sentence an editor can act on. */
final class XliffException extends RuntimeException {

	private final List<String> problems;

	XliffException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}

}
