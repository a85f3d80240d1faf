package de.wesermarsch.wegweiser.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.i18n.Thesaurus;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * Finds the thesaurus concepts in a text. Each thesaurus word is analysed with its language's chain and with
 * the neutral folded chain; a text is analysed the same way and every run of one to three words that equals a
 * thesaurus word yields its concept. Only whole words count, not the parts a compound was split into: otherwise
 * "Zusammenarbeit" would be about jobs. Indexing an entry's concepts and looking up a query's concepts with the
 * same matcher is what lets "حامل" find a German text about midwives; the answers read questions and sentences with
 * it too, so that "mein Mann schlägt mich" meets the sentences about violence.
 */
public final class ConceptMatcher {

	private static final int MAX_WORDS = 3;

	private static final String NEUTRAL = "";

	/** Analyzer key (a language code, or "" for the neutral chain) -> phrase -> concept ids. */
	private final Map<String, Map<String, Set<String>>> phrases = new HashMap<>();

	private final Map<String, Analyzer> analyzers;

	private final Analyzer neutral;

	public ConceptMatcher(Thesaurus thesaurus, Analyzers chains) {
		this.analyzers = chains.byLanguage();
		this.neutral = chains.neutral();
		for (Thesaurus.Concept concept : thesaurus.concepts()) {
			concept.terms().forEach((lang, words) -> {
				for (String word : words) {
					add(lang, analyzers.get(lang), word, concept.id());
					add(NEUTRAL, neutral, word, concept.id());
				}
			});
		}
	}

	private void add(String key, Analyzer analyzer, String word, String concept) {
		if (analyzer == null) {
			return;
		}
		List<String> tokens = Tokens.primary(analyzer, word);
		if (!tokens.isEmpty() && tokens.size() <= MAX_WORDS) {
			phrases.computeIfAbsent(key, k -> new HashMap<>())
				.computeIfAbsent(String.join(" ", tokens), k -> new LinkedHashSet<>())
				.add(concept);
		}
	}

	/** The concepts of a text written in a known language. */
	public Set<String> inText(String lang, String text) {
		Set<String> concepts = new LinkedHashSet<>();
		Analyzer analyzer = analyzers.get(lang);
		if (analyzer != null) {
			match(lang, Tokens.primary(analyzer, text), concepts);
		}
		match(NEUTRAL, Tokens.primary(neutral, text), concepts);
		return concepts;
	}

	/** The concepts of a text whose language is not known, as a question's: every language's reading is tried. */
	public Set<String> inAnyLanguage(String text) {
		Set<String> concepts = new LinkedHashSet<>();
		analyzers.forEach((lang, analyzer) -> match(lang, Tokens.primary(analyzer, text), concepts));
		match(NEUTRAL, Tokens.primary(neutral, text), concepts);
		return concepts;
	}

	/** The concepts of a query, whose language is not known: every language's reading is tried. */
	Set<String> inQuery(AnalysedQuery query) {
		Set<String> concepts = new LinkedHashSet<>();
		query.readings().forEach((lang, reading) -> match(lang, reading.primary(), concepts));
		match(NEUTRAL, query.folded(), concepts);
		return concepts;
	}

	private void match(String key, List<String> words, Set<String> into) {
		Map<String, Set<String>> known = phrases.get(key);
		if (known == null) {
			return;
		}
		for (int n = 1; n <= MAX_WORDS; n++) {
			for (int i = 0; i + n <= words.size(); i++) {
				String phrase = n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n));
				into.addAll(known.getOrDefault(phrase, Set.of()));
			}
		}
	}

}
