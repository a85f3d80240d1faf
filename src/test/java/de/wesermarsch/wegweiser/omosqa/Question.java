package de.wesermarsch.wegweiser.omosqa;

import java.util.List;
import java.util.Set;

/**
 * One OMoS-QA question with the page text it was asked about: {@code lines} is the context split at its line
 * breaks (line 0 the page's title), {@code answers} the indices of the lines that answer it (empty when the page
 * does not). {@code language} is the question's language, {@code pageLanguage} the language of {@code lines};
 * {@code sourceLanguage} the language a machine-translated question was made from (null for a person's own).
 */
public record Question(int id, String question, List<String> lines, Set<Integer> answers, String city, long pageId,
		String language, String pageLanguage, String sourceLanguage) {

	public Question {
		lines = List.copyOf(lines);
		answers = Set.copyOf(answers);
	}

	public boolean answerable() {
		return !answers.isEmpty();
	}

	/** The id of the page's entry in an index built by {@link OmosQa#content}: region and Integreat page id. */
	public String entryId() {
		return Page.entryId(city, pageId);
	}

}
