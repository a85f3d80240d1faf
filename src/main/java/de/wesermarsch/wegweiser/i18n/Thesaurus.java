package de.wesermarsch.wegweiser.i18n;

import java.util.List;
import java.util.Map;

/**
 * The multilingual concept thesaurus: everyday words in every language, each leading to a concept id, so that a
 * query in one language finds entries written in another.
 */
public record Thesaurus(List<Concept> concepts) {

	public Thesaurus {
		concepts = List.copyOf(concepts);
	}

	/** A concept with its words per language code and the topics it belongs to. */
	public record Concept(String id, List<String> topics, Map<String, List<String>> terms) {
		public Concept {
			topics = List.copyOf(topics);
			terms = Map.copyOf(terms);
		}
	}

}
