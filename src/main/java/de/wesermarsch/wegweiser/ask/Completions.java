package de.wesermarsch.wegweiser.ask;

import java.util.List;

/** What {@code /api/v1/suggest} answers: completions of what was typed, best first. */
public record Completions(List<String> suggestions) {

	public Completions {
		suggestions = List.copyOf(suggestions);
	}

}
