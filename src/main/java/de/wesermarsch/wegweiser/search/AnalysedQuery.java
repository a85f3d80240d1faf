package de.wesermarsch.wegweiser.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * What a user typed, analysed once by every language's chain and by the neutral folded chain. The query's
 * language is unknown, so every reading is kept; building the query, finding concepts, recognising the language
 * and spotting misspelt words all read these instead of analysing the text again.
 *
 * @param text the query as typed
 * @param readings per language code, the tokens of that language's chain
 * @param folded the tokens of the neutral chain
 */
record AnalysedQuery(String text, Map<String, Tokens.Both> readings, List<String> folded) {

	static AnalysedQuery of(String text, Map<String, Analyzer> analyzers, Analyzer neutral) {
		Map<String, Tokens.Both> readings = new LinkedHashMap<>();
		analyzers.forEach((lang, analyzer) -> readings.put(lang, Tokens.both(analyzer, text)));
		return new AnalysedQuery(text, readings, Tokens.of(neutral, text));
	}

	/** All tokens of a language's reading, compound parts included. */
	List<String> tokens(String lang) {
		Tokens.Both reading = readings.get(lang);
		return reading == null ? List.of() : reading.all();
	}

	/** The words of a language's reading: tokens that start a position, without stacked compound parts. */
	List<String> words(String lang) {
		Tokens.Both reading = readings.get(lang);
		return reading == null ? List.of() : reading.primary();
	}

}
