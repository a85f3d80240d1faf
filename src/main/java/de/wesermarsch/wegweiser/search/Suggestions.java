package de.wesermarsch.wegweiser.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.i18n.Thesaurus;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * Completions while typing: titles in the reader's language whose words start with what was typed (folded, so
 * "arz" completes "Ärztin"), then thesaurus words of that language. The whole content is small enough to scan.
 */
final class Suggestions {

	private final SearchIndex index;

	Suggestions(SearchIndex index) {
		this.index = index;
	}

	List<String> complete(String typed, String lang, int max) {
		Analyzer fold = index.neutral();
		List<String> words = Tokens.of(fold, typed);
		Set<String> found = new LinkedHashSet<>();
		if (words.isEmpty()) {
			return List.of();
		}
		for (Entry entry : index.content().entries().values()) {
			String title = Shown.of(entry, lang, false).title();
			if (matches(Tokens.of(fold, title), words)) {
				found.add(title);
			}
		}
		for (Thesaurus.Concept concept : index.content().thesaurus().concepts()) {
			for (String term : concept.terms().getOrDefault(lang, List.of())) {
				if (matches(Tokens.of(fold, term), words)) {
					found.add(term);
				}
			}
		}
		return found.stream().limit(max).toList();
	}

	/** Every typed word but the last is a whole word of the candidate; the last begins one. */
	private static boolean matches(List<String> candidate, List<String> typed) {
		for (int i = 0; i < typed.size(); i++) {
			String word = typed.get(i);
			boolean last = i == typed.size() - 1;
			if (candidate.stream().noneMatch(c -> last ? c.startsWith(word) : c.equals(word))) {
				return false;
			}
		}
		return true;
	}

}
