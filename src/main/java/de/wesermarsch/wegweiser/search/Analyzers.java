package de.wesermarsch.wegweiser.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.search.analysis.Analysis;

/**
 * The analysis chains of one snapshot: one per content language (chosen by the language's data, with the
 * content's compound parts) and the neutral folded one. Indexing and every reading of a query use these same
 * chains, so a word is analysed alike on both sides; answers read questions and sentences with them too.
 *
 * @param byLanguage per language code, its chain, in the content's order of languages
 * @param neutral the language-neutral chain: standard tokenizer and folding, no stemming
 */
public record Analyzers(Map<String, Analyzer> byLanguage, Analyzer neutral) {

	public static Analyzers of(Content content) {
		Map<String, Analyzer> chains = new LinkedHashMap<>();
		for (Language language : content.languages()) {
			chains.put(language.code(),
					Analysis.forLanguage(language.analysis(), content.compoundParts(language.code())));
		}
		return new Analyzers(Collections.unmodifiableMap(chains), Analysis.folded());
	}

	/** The codes of the languages, in the content's order. */
	Set<String> codes() {
		return byLanguage.keySet();
	}

	/** A text analysed once by every language's chain and the neutral one. */
	AnalysedQuery analyse(String text) {
		return AnalysedQuery.of(text, byLanguage, neutral);
	}

}
