package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.i18n.Thesaurus;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * Completions while typing: titles in the reader's language whose words start with what was typed (folded, so
 * "arz" completes "Ärztin"), then thesaurus words of that language. Titles and words are folded once per snapshot;
 * the content is small enough to scan them all.
 */
final class Suggestions {

	private final Analyzer fold;

	/** Per language: titles, then thesaurus words, each with its folded words; built once per snapshot. */
	private final Map<String, List<Candidate>> candidates = new HashMap<>();

	record Candidate(String text, List<String> folded) {
	}

	Suggestions(Content content, Analyzer fold) {
		this.fold = fold;
		for (String lang : content.languageCodes()) {
			List<Candidate> list = new ArrayList<>();
			for (Entry entry : content.entries().values()) {
				String title = Shown.of(entry, lang, false).title();
				list.add(new Candidate(title, Tokens.of(fold, title)));
			}
			for (Thesaurus.Concept concept : content.thesaurus().concepts()) {
				for (String term : concept.terms().getOrDefault(lang, List.of())) {
					list.add(new Candidate(term, Tokens.of(fold, term)));
				}
			}
			candidates.put(lang, List.copyOf(list));
		}
	}

	List<String> complete(String typed, String lang, int max) {
		List<String> words = Tokens.of(fold, typed);
		if (words.isEmpty()) {
			return List.of();
		}
		Set<String> found = new LinkedHashSet<>();
		for (Candidate candidate : candidates.getOrDefault(lang, List.of())) {
			if (found.size() < max && matches(candidate.folded(), words)) {
				found.add(candidate.text());
			}
		}
		return List.copyOf(found);
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
