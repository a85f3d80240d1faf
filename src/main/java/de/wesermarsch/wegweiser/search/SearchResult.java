package de.wesermarsch.wegweiser.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search, in the shape of the public API: the hits of the requested page, the total, counts per
 * type, topic and place over all matches, and a corrected query when the words looked misspelt.
 */
public record SearchResult(String query, String lang, String queryLanguage, long total, List<Hit> hits,
		Map<String, Map<String, Long>> facets, String didYouMean) {
}
